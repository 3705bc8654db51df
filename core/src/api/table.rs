//! The operation table: one row per endpoint of the Ping++ API documents.
//! Every other list of endpoints (typed methods, the emulator's router, the
//! CLI, the binding namespaces and stubs) is derived from this one.

use super::{AppParam, Method::*, Operation, Pagination, Returns};
use crate::models::Kind;
use crate::validate as v;

const fn op(
    name: &'static str,
    method: super::Method,
    path: &'static str,
    path_params: &'static [&'static str],
    validator: v::Validator,
    returns: Returns,
) -> Operation {
    Operation {
        name,
        method,
        path,
        path_params,
        pagination: Pagination::None,
        validator,
        returns,
        defaults: &[],
        app_param: AppParam::None,
    }
}

const fn list(
    name: &'static str,
    path: &'static str,
    path_params: &'static [&'static str],
    pagination: Pagination,
    validator: v::Validator,
    kind: Kind,
) -> Operation {
    Operation {
        name,
        method: Get,
        path,
        path_params,
        pagination,
        validator,
        returns: Returns::List(kind),
        defaults: &[],
        app_param: AppParam::None,
    }
}

use Pagination::{Cursor, Page};
use Returns::Object as O;

const CH: &[&str] = &["charge_id"];
const CH_RE: &[&str] = &["charge_id", "refund_id"];
const ORD: &[&str] = &["order_id"];
const ORD_CH: &[&str] = &["order_id", "charge_id"];
const ORD_RE: &[&str] = &["order_id", "refund_id"];
const APP: &[&str] = &["app_id"];
const SUB: &[&str] = &["app_id", "sub_app_id"];
const SUB_CH: &[&str] = &["app_id", "sub_app_id", "channel"];
const USER: &[&str] = &["app_id", "user_id"];
const NONE: &[&str] = &[];

/// Marks an operation whose `app` parameter defaults to the client's app id.
const fn with_app(app_param: AppParam, op: Operation) -> Operation {
    Operation { app_param, ..op }
}

/// The table itself, in document order.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    with_app(AppParam::Object, op("charges.create", Post, "/v1/charges", NONE, v::charges_create, O(Kind::Charge))),
    op("charges.retrieve", Get, "/v1/charges/{charge_id}", CH, v::no_params, O(Kind::Charge)),
    with_app(AppParam::Object, list("charges.list", "/v1/charges", NONE, Cursor, v::charges_list, Kind::Charge)),
    op("charges.reverse", Post, "/v1/charges/{charge_id}/reverse", CH, v::no_params, O(Kind::Charge)),
    op("charges.refunds.create", Post, "/v1/charges/{charge_id}/refunds", CH, v::charge_refunds_create, O(Kind::Refund)),
    op("charges.refunds.retrieve", Get, "/v1/charges/{charge_id}/refunds/{refund_id}", CH_RE, v::no_params, O(Kind::Refund)),
    list("charges.refunds.list", "/v1/charges/{charge_id}/refunds", CH, Cursor, v::charge_refunds_list, Kind::Refund),
    with_app(AppParam::Text, op("orders.create", Post, "/v1/orders", NONE, v::orders_create, O(Kind::Order))),
    op("orders.retrieve", Get, "/v1/orders/{order_id}", ORD, v::no_params, O(Kind::Order)),
    with_app(AppParam::Text, list("orders.list", "/v1/orders", NONE, Page, v::orders_list, Kind::Order)),
    op("orders.pay", Post, "/v1/orders/{order_id}/pay", ORD, v::orders_pay, O(Kind::Order)),
    Operation { defaults: &[("status", "canceled")], ..op("orders.cancel", Put, "/v1/orders/{order_id}", ORD, v::orders_cancel, O(Kind::Order)) },
    op("orders.charges.retrieve", Get, "/v1/orders/{order_id}/charges/{charge_id}", ORD_CH, v::no_params, O(Kind::Charge)),
    list("orders.charges.list", "/v1/orders/{order_id}/charges", ORD, Page, v::orders_charges_list, Kind::Charge),
    op("orders.order_refunds.create", Post, "/v1/orders/{order_id}/order_refunds", ORD, v::order_refunds_create, O(Kind::OrderRefund)),
    op("orders.order_refunds.retrieve", Get, "/v1/orders/{order_id}/order_refunds/{refund_id}", ORD_RE, v::no_params, O(Kind::OrderRefund)),
    list("orders.order_refunds.list", "/v1/orders/{order_id}/order_refunds", ORD, Page, v::refunds_list, Kind::OrderRefund),
    op("orders.refunds.create", Post, "/v1/orders/{order_id}/refunds", ORD, v::orders_refunds_create, O(Kind::OrderRefund)),
    op("orders.refunds.retrieve", Get, "/v1/orders/{order_id}/refunds/{refund_id}", ORD_RE, v::no_params, O(Kind::OrderRefund)),
    list("orders.refunds.list", "/v1/orders/{order_id}/refunds", ORD, Page, v::refunds_list, Kind::OrderRefund),
    op("events.retrieve", Get, "/v1/events/{event_id}", &["event_id"], v::no_params, O(Kind::Event)),
    list("events.list", "/v1/events", NONE, Cursor, v::events_list, Kind::Event),
    op("sub_apps.create", Post, "/v1/apps/{app_id}/sub_apps", APP, v::sub_apps_create, O(Kind::SubApp)),
    op("sub_apps.retrieve", Get, "/v1/apps/{app_id}/sub_apps/{sub_app_id}", SUB, v::no_params, O(Kind::SubApp)),
    op("sub_apps.update", Put, "/v1/apps/{app_id}/sub_apps/{sub_app_id}", SUB, v::sub_apps_update, O(Kind::SubApp)),
    op("sub_apps.delete", Delete, "/v1/apps/{app_id}/sub_apps/{sub_app_id}", SUB, v::no_params, O(Kind::Deleted)),
    list("sub_apps.list", "/v1/apps/{app_id}/sub_apps", APP, Page, v::sub_apps_list, Kind::SubApp),
    op("sub_apps.channels.create", Post, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels", SUB, v::channels_create, O(Kind::Channel)),
    op("sub_apps.channels.retrieve", Get, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels/{channel}", SUB_CH, v::no_params, O(Kind::Channel)),
    op("sub_apps.channels.update", Put, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels/{channel}", SUB_CH, v::channels_update, O(Kind::Channel)),
    op("sub_apps.channels.delete", Delete, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels/{channel}", SUB_CH, v::no_params, O(Kind::Deleted)),
    op("upload_pic.create", Post, "/v1/apps/{app_id}/upload_pic", APP, v::upload_pic_create, O(Kind::UploadPic)),
    op("card_bin.query", Post, "/v1/apps/{app_id}/card_bin", APP, v::card_bin_query, O(Kind::CardBin)),
    op("users.create", Post, "/v1/apps/{app_id}/users", APP, v::users_create, O(Kind::User)),
    op("users.retrieve", Get, "/v1/apps/{app_id}/users/{user_id}", USER, v::no_params, O(Kind::User)),
    op("users.update", Put, "/v1/apps/{app_id}/users/{user_id}", USER, v::users_update, O(Kind::User)),
    list("users.list", "/v1/apps/{app_id}/users", APP, Page, v::page_list, Kind::User),
    op("users.settle_accounts.create", Post, "/v1/apps/{app_id}/users/{user_id}/settle_accounts", USER, v::users_settle_accounts_create, O(Kind::CardBinding)),
    op("cus_applications.create", Post, "/v1/apps/{app_id}/cus_applications", APP, v::cus_applications_create, O(Kind::CusApplication)),
    op("cus_applications.retrieve", Get, "/v1/apps/{app_id}/cus_applications/{cus_id}", &["app_id", "cus_id"], v::no_params, O(Kind::CusApplication)),
    op("mch_applications.create", Post, "/v1/apps/{app_id}/mch_applications", APP, v::mch_applications_create, O(Kind::MchApplication)),
    op("mch_applications.retrieve", Get, "/v1/apps/{app_id}/mch_applications/{mch_id}", &["app_id", "mch_id"], v::no_params, O(Kind::MchApplication)),
    op("micro_applications.create", Post, "/v1/apps/{app_id}/micro_applications", APP, v::micro_applications_create, O(Kind::MchApplication)),
    op("micro_applications.retrieve", Get, "/v1/apps/{app_id}/micro_applications/{mch_id}", &["app_id", "mch_id"], v::no_params, O(Kind::MchApplication)),
    op("settle_accounts.create", Post, "/v1/apps/{app_id}/settle_accounts", APP, v::settle_accounts_create, O(Kind::SettleAccount)),
    op("deposits.create", Post, "/v1/apps/{app_id}/deposits", APP, v::deposits_create, O(Kind::Deposit)),
    op("withdrawals.create", Post, "/v1/apps/{app_id}/withdrawals", APP, v::withdrawals_create, O(Kind::Withdrawal)),
    op("withdrawals.retrieve", Get, "/v1/apps/{app_id}/withdrawals/{withdrawal_id}", &["app_id", "withdrawal_id"], v::no_params, O(Kind::Withdrawal)),
    list("withdrawals.list", "/v1/apps/{app_id}/withdrawals", APP, Page, v::page_list, Kind::Withdrawal),
    op("withdrawals.confirm", Put, "/v1/apps/{app_id}/withdrawals/{withdrawal_id}", &["app_id", "withdrawal_id"], v::withdrawals_confirm, O(Kind::Withdrawal)),
    with_app(AppParam::Text, op("allocations.create", Post, "/v1/allocations", NONE, v::allocations_create, O(Kind::Allocation))),
    op("allocations.retrieve", Get, "/v1/allocations/{allocation_id}", &["allocation_id"], v::no_params, O(Kind::Allocation)),
    with_app(AppParam::Text, op("allocation_refunds.create", Post, "/v1/allocation_refunds", NONE, v::allocation_refunds_create, O(Kind::Allocation))),
    with_app(AppParam::Text, op("allocation_completes.create", Post, "/v1/allocation_completes", NONE, v::allocation_completes_create, O(Kind::AllocationComplete))),
    op("allocation_completes.retrieve", Get, "/v1/allocation_completes/{allocation_complete_id}", &["allocation_complete_id"], v::no_params, O(Kind::AllocationComplete)),
];
