//! The operation table: one row per endpoint of the Ping++ API documents.
//! Every other list of endpoints (typed methods, the emulator's router, the
//! CLI, the binding namespaces and stubs) is derived from this one.

// Without `platform-operations` (the firmware build), the path-parameter lists and
// builders that only platform rows use are unused.
#![cfg_attr(not(feature = "platform-operations"), allow(dead_code))]

use super::params as p;
use super::{AppParam, Method::*, Operation, Pagination, Returns};
use crate::models::Kind;
use crate::validate::{Fields, Hook};

const fn op(
    name: &'static str,
    method: super::Method,
    path: &'static str,
    path_params: &'static [&'static str],
    params: Fields,
    returns: Returns,
) -> Operation {
    Operation {
        name,
        method,
        path,
        path_params,
        pagination: Pagination::None,
        params,
        hooks: &[],
        returns,
        defaults: &[],
        app_param: AppParam::None,
        unique_param: None,
    }
}

const fn list(
    name: &'static str,
    path: &'static str,
    path_params: &'static [&'static str],
    pagination: Pagination,
    params: Fields,
    kind: Kind,
) -> Operation {
    Operation {
        pagination,
        ..op(name, Get, path, path_params, params, Returns::List(kind))
    }
}

/// Marks an operation whose `app` parameter defaults to the client's app id.
const fn with_app(app_param: AppParam, op: Operation) -> Operation {
    Operation { app_param, ..op }
}

/// Adds cross-field rules to an operation.
const fn with_hooks(hooks: &'static [Hook], op: Operation) -> Operation {
    Operation { hooks, ..op }
}

/// Names the parameter the API enforces as unique for an operation.
const fn unique(field: &'static str, op: Operation) -> Operation {
    Operation {
        unique_param: Some(field),
        ..op
    }
}

/// Cursor lists of charges and refunds: `limit` 1..=100.
const CURSOR_100: Pagination = Pagination::Cursor { max_limit: 100 };
/// `events.list`: `limit` 1..=20.
const CURSOR_20: Pagination = Pagination::Cursor { max_limit: 20 };
/// Page lists: `per_page` 1..=100.
const PAGE_100: Pagination = Pagination::Page { max_per_page: 100 };

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
const USER_SA: &[&str] = &["app_id", "user_id", "settle_account_id"];
const TR: &[&str] = &["transfer_id"];
const BTR: &[&str] = &["batch_transfer_id"];
const AGR: &[&str] = &["agreement_id"];
const RC: &[&str] = &["app_id", "recharge_id"];
const RC_RE: &[&str] = &["app_id", "recharge_id", "refund_id"];
const CT: &[&str] = &["app_id", "coupon_template_id"];
const USER_CP: &[&str] = &["app_id", "user_id", "coupon_id"];
const NONE: &[&str] = &[];

/// The payment operations (charges, their refunds, orders, events), in document order:
/// every build has them.
#[rustfmt::skip]
static PAYMENT_OPERATIONS: &[Operation] = &[
    unique("order_no", with_app(AppParam::Object, op("charges.create", Post, "/v1/charges", NONE, p::CHARGES_CREATE, O(Kind::Charge)))),
    op("charges.retrieve", Get, "/v1/charges/{charge_id}", CH, p::NO_PARAMS, O(Kind::Charge)),
    with_hooks(&[Hook::AppIdRequired], with_app(AppParam::Object, list("charges.list", "/v1/charges", NONE, CURSOR_100, p::CHARGES_LIST, Kind::Charge))),
    op("charges.reverse", Post, "/v1/charges/{charge_id}/reverse", CH, p::NO_PARAMS, O(Kind::Charge)),
    op("charges.refunds.create", Post, "/v1/charges/{charge_id}/refunds", CH, p::CHARGE_REFUNDS_CREATE, O(Kind::Refund)),
    op("charges.refunds.retrieve", Get, "/v1/charges/{charge_id}/refunds/{refund_id}", CH_RE, p::NO_PARAMS, O(Kind::Refund)),
    list("charges.refunds.list", "/v1/charges/{charge_id}/refunds", CH, CURSOR_100, p::CREATED_LIST, Kind::Refund),
    unique("merchant_order_no", with_app(AppParam::Text, op("orders.create", Post, "/v1/orders", NONE, p::ORDERS_CREATE, O(Kind::Order)))),
    op("orders.retrieve", Get, "/v1/orders/{order_id}", ORD, p::NO_PARAMS, O(Kind::Order)),
    with_app(AppParam::Text, list("orders.list", "/v1/orders", NONE, PAGE_100, p::ORDERS_LIST, Kind::Order)),
    op("orders.pay", Post, "/v1/orders/{order_id}/pay", ORD, p::ORDERS_PAY, O(Kind::Order)),
    Operation { defaults: &[("status", "canceled")], ..op("orders.cancel", Put, "/v1/orders/{order_id}", ORD, p::ORDERS_CANCEL, O(Kind::Order)) },
    op("orders.charges.retrieve", Get, "/v1/orders/{order_id}/charges/{charge_id}", ORD_CH, p::NO_PARAMS, O(Kind::Charge)),
    list("orders.charges.list", "/v1/orders/{order_id}/charges", ORD, PAGE_100, p::ORDERS_CHARGES_LIST, Kind::Charge),
    op("orders.order_refunds.create", Post, "/v1/orders/{order_id}/order_refunds", ORD, p::ORDER_REFUNDS_CREATE, O(Kind::OrderRefund)),
    op("orders.order_refunds.retrieve", Get, "/v1/orders/{order_id}/order_refunds/{refund_id}", ORD_RE, p::NO_PARAMS, O(Kind::OrderRefund)),
    list("orders.order_refunds.list", "/v1/orders/{order_id}/order_refunds", ORD, PAGE_100, p::REFUNDS_LIST, Kind::OrderRefund),
    unique("order_no", op("orders.refunds.create", Post, "/v1/orders/{order_id}/refunds", ORD, p::ORDERS_REFUNDS_CREATE, O(Kind::OrderRefund))),
    op("orders.refunds.retrieve", Get, "/v1/orders/{order_id}/refunds/{refund_id}", ORD_RE, p::NO_PARAMS, O(Kind::OrderRefund)),
    list("orders.refunds.list", "/v1/orders/{order_id}/refunds", ORD, PAGE_100, p::REFUNDS_LIST, Kind::OrderRefund),
    op("events.retrieve", Get, "/v1/events/{event_id}", &["event_id"], p::NO_PARAMS, O(Kind::Event)),
    list("events.list", "/v1/events", NONE, CURSOR_20, p::EVENTS_LIST, Kind::Event),
    op("charges.trade_detail", Get, "/v1/charges/{charge_id}/trade_detail", CH, p::NO_PARAMS, O(Kind::TradeDetail)),
];

/// The platform operations (sub-apps, users, merchant applications, balances, payouts,
/// transfers, agreements...), in document order. Feature `platform-operations` (default);
/// the firmware build leaves them out (size, see ffi/README.md).
#[cfg(feature = "platform-operations")]
#[rustfmt::skip]
static PLATFORM_OPERATIONS: &[Operation] = &[
    op("sub_apps.create", Post, "/v1/apps/{app_id}/sub_apps", APP, p::SUB_APPS_CREATE, O(Kind::SubApp)),
    op("sub_apps.retrieve", Get, "/v1/apps/{app_id}/sub_apps/{sub_app_id}", SUB, p::NO_PARAMS, O(Kind::SubApp)),
    op("sub_apps.update", Put, "/v1/apps/{app_id}/sub_apps/{sub_app_id}", SUB, p::SUB_APPS_UPDATE, O(Kind::SubApp)),
    op("sub_apps.delete", Delete, "/v1/apps/{app_id}/sub_apps/{sub_app_id}", SUB, p::NO_PARAMS, O(Kind::Deleted)),
    list("sub_apps.list", "/v1/apps/{app_id}/sub_apps", APP, PAGE_100, p::SUB_APPS_LIST, Kind::SubApp),
    with_hooks(&[Hook::BannedMessage], op("sub_apps.channels.create", Post, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels", SUB, p::CHANNELS_CREATE, O(Kind::Channel))),
    op("sub_apps.channels.retrieve", Get, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels/{channel}", SUB_CH, p::NO_PARAMS, O(Kind::Channel)),
    with_hooks(&[Hook::BannedMessage], op("sub_apps.channels.update", Put, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels/{channel}", SUB_CH, p::CHANNELS_UPDATE, O(Kind::Channel))),
    op("sub_apps.channels.delete", Delete, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/channels/{channel}", SUB_CH, p::NO_PARAMS, O(Kind::Deleted)),
    // The custody product's contacts and a sub-app's transfer channels
    // (docs/validation.md, "Sub-app contacts and transfer channels").
    with_hooks(&[Hook::CertValidity], op("sub_apps.contact", Post, "/v1/apps/{app_id}/sub_apps/contact", APP, p::SUB_APPS_CONTACT, O(Kind::Contact))),
    with_hooks(&[Hook::BannedMessage], op("sub_apps.transfer_channels.create", Post, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/transfer_channels", SUB, p::TRANSFER_CHANNELS_CREATE, O(Kind::TransferChannel))),
    op("sub_apps.transfer_channels.retrieve", Get, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/transfer_channels/{channel}", SUB_CH, p::NO_PARAMS, O(Kind::TransferChannel)),
    with_hooks(&[Hook::BannedMessage], op("sub_apps.transfer_channels.update", Put, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/transfer_channels/{channel}", SUB_CH, p::TRANSFER_CHANNELS_UPDATE, O(Kind::TransferChannel))),
    op("sub_apps.transfer_channels.delete", Delete, "/v1/apps/{app_id}/sub_apps/{sub_app_id}/transfer_channels/{channel}", SUB_CH, p::NO_PARAMS, O(Kind::Deleted)),
    op("upload_pic.create", Post, "/v1/apps/{app_id}/upload_pic", APP, p::UPLOAD_PIC_CREATE, O(Kind::UploadPic)),
    op("card_bin.query", Post, "/v1/apps/{app_id}/card_bin", APP, p::CARD_BIN_QUERY, O(Kind::CardBin)),
    op("users.create", Post, "/v1/apps/{app_id}/users", APP, p::USERS_CREATE, O(Kind::User)),
    op("users.retrieve", Get, "/v1/apps/{app_id}/users/{user_id}", USER, p::NO_PARAMS, O(Kind::User)),
    op("users.update", Put, "/v1/apps/{app_id}/users/{user_id}", USER, p::USERS_UPDATE, O(Kind::User)),
    list("users.list", "/v1/apps/{app_id}/users", APP, PAGE_100, p::CREATED_LIST, Kind::User),
    // One row, two bodies: {return_url} (card binding page) or the SDKs' {channel, recipient} (a settle account).
    with_hooks(&[Hook::SettleAccountBody], op("users.settle_accounts.create", Post, "/v1/apps/{app_id}/users/{user_id}/settle_accounts", USER, p::USERS_SETTLE_ACCOUNTS_CREATE, O(Kind::CardBinding))),
    unique("order_no", op("cus_applications.create", Post, "/v1/apps/{app_id}/cus_applications", APP, p::CUS_APPLICATIONS_CREATE, O(Kind::CusApplication))),
    op("cus_applications.retrieve", Get, "/v1/apps/{app_id}/cus_applications/{cus_id}", &["app_id", "cus_id"], p::NO_PARAMS, O(Kind::CusApplication)),
    op("mch_applications.create", Post, "/v1/apps/{app_id}/mch_applications", APP, p::MCH_APPLICATIONS_CREATE, O(Kind::MchApplication)),
    op("mch_applications.retrieve", Get, "/v1/apps/{app_id}/mch_applications/{mch_id}", &["app_id", "mch_id"], p::NO_PARAMS, O(Kind::MchApplication)),
    op("micro_applications.create", Post, "/v1/apps/{app_id}/micro_applications", APP, p::MICRO_APPLICATIONS_CREATE, O(Kind::MchApplication)),
    op("micro_applications.retrieve", Get, "/v1/apps/{app_id}/micro_applications/{mch_id}", &["app_id", "mch_id"], p::NO_PARAMS, O(Kind::MchApplication)),
    op("settle_accounts.create", Post, "/v1/apps/{app_id}/settle_accounts", APP, p::SETTLE_ACCOUNTS_CREATE, O(Kind::SettleAccount)),
    unique("order_no", op("deposits.create", Post, "/v1/apps/{app_id}/deposits", APP, p::DEPOSITS_CREATE, O(Kind::Deposit))),
    unique("order_no", with_hooks(&[Hook::WithdrawalAccount, Hook::WithdrawalPayee], op("withdrawals.create", Post, "/v1/apps/{app_id}/withdrawals", APP, p::WITHDRAWALS_CREATE, O(Kind::Withdrawal)))),
    op("withdrawals.retrieve", Get, "/v1/apps/{app_id}/withdrawals/{withdrawal_id}", &["app_id", "withdrawal_id"], p::NO_PARAMS, O(Kind::Withdrawal)),
    list("withdrawals.list", "/v1/apps/{app_id}/withdrawals", APP, PAGE_100, p::USER_PAGE_LIST, Kind::Withdrawal),
    op("withdrawals.confirm", Put, "/v1/apps/{app_id}/withdrawals/{withdrawal_id}", &["app_id", "withdrawal_id"], p::WITHDRAWALS_CONFIRM, O(Kind::Withdrawal)),
    unique("order_no", with_app(AppParam::Text, op("allocations.create", Post, "/v1/allocations", NONE, p::ALLOCATIONS_CREATE, O(Kind::Allocation)))),
    op("allocations.retrieve", Get, "/v1/allocations/{allocation_id}", &["allocation_id"], p::NO_PARAMS, O(Kind::Allocation)),
    unique("order_no", with_app(AppParam::Text, op("allocation_refunds.create", Post, "/v1/allocation_refunds", NONE, p::ALLOCATION_REFUNDS_CREATE, O(Kind::Allocation)))),
    unique("order_no", with_app(AppParam::Text, op("allocation_completes.create", Post, "/v1/allocation_completes", NONE, p::ALLOCATION_COMPLETES_CREATE, O(Kind::AllocationComplete)))),
    op("allocation_completes.retrieve", Get, "/v1/allocation_completes/{allocation_complete_id}", &["allocation_complete_id"], p::NO_PARAMS, O(Kind::AllocationComplete)),
    // The official SDKs' money movement (docs/validation.md, "Transfers, batch transfers, red envelopes").
    unique("order_no", with_hooks(&[Hook::TransferRecipient, Hook::UnionpayBank], with_app(AppParam::Object, op("transfers.create", Post, "/v1/transfers", NONE, p::TRANSFERS_CREATE, O(Kind::Transfer))))),
    op("transfers.retrieve", Get, "/v1/transfers/{transfer_id}", TR, p::NO_PARAMS, O(Kind::Transfer)),
    with_hooks(&[Hook::AppIdRequired], with_app(AppParam::Object, list("transfers.list", "/v1/transfers", NONE, CURSOR_100, p::APP_CURSOR_LIST, Kind::Transfer))),
    Operation { defaults: &[("status", "canceled")], ..op("transfers.cancel", Put, "/v1/transfers/{transfer_id}", TR, p::CANCEL, O(Kind::Transfer)) },
    op("transfers.reverse", Post, "/v1/transfers/{transfer_id}/reverse", TR, p::NO_PARAMS, O(Kind::Transfer)),
    unique("batch_no", with_hooks(&[Hook::BatchAmountSum, Hook::UnionpayBank], with_app(AppParam::Text, op("batch_transfers.create", Post, "/v1/batch_transfers", NONE, p::BATCH_TRANSFERS_CREATE, O(Kind::BatchTransfer))))),
    op("batch_transfers.retrieve", Get, "/v1/batch_transfers/{batch_transfer_id}", BTR, p::NO_PARAMS, O(Kind::BatchTransfer)),
    with_app(AppParam::Text, list("batch_transfers.list", "/v1/batch_transfers", NONE, PAGE_100, p::BATCH_TRANSFERS_LIST, Kind::BatchTransfer)),
    Operation { defaults: &[("status", "canceled")], ..op("batch_transfers.cancel", Put, "/v1/batch_transfers/{batch_transfer_id}", BTR, p::CANCEL, O(Kind::BatchTransfer)) },
    unique("order_no", with_app(AppParam::Object, op("red_envelopes.create", Post, "/v1/red_envelopes", NONE, p::RED_ENVELOPES_CREATE, O(Kind::RedEnvelope)))),
    op("red_envelopes.retrieve", Get, "/v1/red_envelopes/{red_envelope_id}", &["red_envelope_id"], p::NO_PARAMS, O(Kind::RedEnvelope)),
    with_app(AppParam::Object, list("red_envelopes.list", "/v1/red_envelopes", NONE, CURSOR_100, p::APP_CURSOR_LIST, Kind::RedEnvelope)),
    unique("batch_no", with_app(AppParam::Text, op("batch_refunds.create", Post, "/v1/batch_refunds", NONE, p::BATCH_REFUNDS_CREATE, O(Kind::BatchRefund)))),
    op("batch_refunds.retrieve", Get, "/v1/batch_refunds/{batch_refund_id}", &["batch_refund_id"], p::NO_PARAMS, O(Kind::BatchRefund)),
    with_app(AppParam::Text, list("batch_refunds.list", "/v1/batch_refunds", NONE, PAGE_100, p::APP_PAGE_LIST, Kind::BatchRefund)),
    with_app(AppParam::Text, op("customs.create", Post, "/v1/customs", NONE, p::CUSTOMS_CREATE, O(Kind::Customs))),
    op("customs.retrieve", Get, "/v1/customs/{customs_id}", &["customs_id"], p::NO_PARAMS, O(Kind::Customs)),
    with_app(AppParam::Text, list("customs.list", "/v1/customs", NONE, PAGE_100, p::APP_PAGE_LIST, Kind::Customs)),
    with_app(AppParam::Text, op("identification.create", Post, "/v1/identification", NONE, p::IDENTIFICATION_CREATE, O(Kind::Identification))),
    with_app(AppParam::Text, op("card_info.query", Post, "/v1/card_info", NONE, p::CARD_INFO_QUERY, O(Kind::CardInfo))),
    with_app(AppParam::Text, list("sub_banks.list", "/v1/sub_banks", NONE, Pagination::None, p::SUB_BANKS_LIST, Kind::SubBank)),
    // A user's settle accounts and funds transfers (docs/validation.md, "User settle accounts, funds transfers").
    op("users.settle_accounts.retrieve", Get, "/v1/apps/{app_id}/users/{user_id}/settle_accounts/{settle_account_id}", USER_SA, p::NO_PARAMS, O(Kind::SettleAccount)),
    list("users.settle_accounts.list", "/v1/apps/{app_id}/users/{user_id}/settle_accounts", USER, PAGE_100, p::CREATED_LIST, Kind::SettleAccount),
    op("users.settle_accounts.delete", Delete, "/v1/apps/{app_id}/users/{user_id}/settle_accounts/{settle_account_id}", USER_SA, p::NO_PARAMS, O(Kind::Deleted)),
    op("users.settle_accounts.update", Put, "/v1/apps/{app_id}/users/{user_id}/settle_accounts/{settle_account_id}", USER_SA, p::USERS_SETTLE_ACCOUNTS_UPDATE, O(Kind::SettleAccount)),
    op("users.settle_accounts.mobile", Put, "/v1/apps/{app_id}/users/{user_id}/settle_accounts/{settle_account_id}/mobile", USER_SA, p::USERS_SETTLE_ACCOUNTS_MOBILE, O(Kind::SettleAccount)),
    op("users.settle_accounts.verify", Post, "/v1/apps/{app_id}/users/{user_id}/settle_accounts/{settle_account_id}/verify", USER_SA, p::USERS_SETTLE_ACCOUNTS_VERIFY, O(Kind::SettleAccount)),
    unique("order_no", op("funds_transfers.create", Post, "/v1/apps/{app_id}/funds_transfers", APP, p::FUNDS_TRANSFERS_CREATE, O(Kind::FundsTransfer))),
    op("funds_transfers.retrieve", Get, "/v1/apps/{app_id}/funds_transfers/{funds_transfer_id}", &["app_id", "funds_transfer_id"], p::NO_PARAMS, O(Kind::FundsTransfer)),
    // Deduction agreements, a charge's trade detail, the custody photo upload
    // (docs/validation.md, "Agreements, trade detail, custody photo upload").
    unique("contract_no", with_app(AppParam::Text, op("agreements.create", Post, "/v1/agreements", NONE, p::AGREEMENTS_CREATE, O(Kind::Agreement)))),
    op("agreements.retrieve", Get, "/v1/agreements/{agreement_id}", AGR, p::NO_PARAMS, O(Kind::Agreement)),
    with_app(AppParam::Text, list("agreements.list", "/v1/agreements", NONE, PAGE_100, p::AGREEMENTS_LIST, Kind::Agreement)),
    Operation { defaults: &[("status", "canceled")], ..op("agreements.update", Put, "/v1/agreements/{agreement_id}", AGR, p::AGREEMENTS_UPDATE, O(Kind::Agreement)) },
    op("agreements.notify", Post, "/v1/agreements/{agreement_id}/notify", AGR, p::AGREEMENTS_NOTIFY, O(Kind::AgreementNotify)),
    op("users.upload_pic", Post, "/v1/apps/{app_id}/users/upload_pic", APP, p::USERS_UPLOAD_PIC, O(Kind::UserPic)),
    // User balances (docs/validation.md, "Recharges, balances, batch withdrawals").
    unique("charge.order_no", with_hooks(&[Hook::RechargeFee], op("recharges.create", Post, "/v1/apps/{app_id}/recharges", APP, p::RECHARGES_CREATE, O(Kind::Recharge)))),
    op("recharges.retrieve", Get, "/v1/apps/{app_id}/recharges/{recharge_id}", RC, p::NO_PARAMS, O(Kind::Recharge)),
    list("recharges.list", "/v1/apps/{app_id}/recharges", APP, PAGE_100, p::USER_PAGE_LIST, Kind::Recharge),
    op("recharges.refunds.create", Post, "/v1/apps/{app_id}/recharges/{recharge_id}/refunds", RC, p::RECHARGE_REFUNDS_CREATE, O(Kind::RechargeRefund)),
    op("recharges.refunds.retrieve", Get, "/v1/apps/{app_id}/recharges/{recharge_id}/refunds/{refund_id}", RC_RE, p::NO_PARAMS, O(Kind::RechargeRefund)),
    list("recharges.refunds.list", "/v1/apps/{app_id}/recharges/{recharge_id}/refunds", RC, PAGE_100, p::CREATED_LIST, Kind::RechargeRefund),
    unique("order_no", op("balance_bonuses.create", Post, "/v1/apps/{app_id}/balance_bonuses", APP, p::BALANCE_BONUSES_CREATE, O(Kind::BalanceBonus))),
    op("balance_bonuses.retrieve", Get, "/v1/apps/{app_id}/balance_bonuses/{balance_bonus_id}", &["app_id", "balance_bonus_id"], p::NO_PARAMS, O(Kind::BalanceBonus)),
    list("balance_bonuses.list", "/v1/apps/{app_id}/balance_bonuses", APP, PAGE_100, p::USER_PAGE_LIST, Kind::BalanceBonus),
    unique("order_no", op("balance_transfers.create", Post, "/v1/apps/{app_id}/balance_transfers", APP, p::BALANCE_TRANSFERS_CREATE, O(Kind::BalanceTransfer))),
    op("balance_transfers.retrieve", Get, "/v1/apps/{app_id}/balance_transfers/{balance_transfer_id}", &["app_id", "balance_transfer_id"], p::NO_PARAMS, O(Kind::BalanceTransfer)),
    list("balance_transfers.list", "/v1/apps/{app_id}/balance_transfers", APP, PAGE_100, p::USER_PAGE_LIST, Kind::BalanceTransfer),
    op("balance_transactions.retrieve", Get, "/v1/apps/{app_id}/balance_transactions/{balance_transaction_id}", &["app_id", "balance_transaction_id"], p::NO_PARAMS, O(Kind::BalanceTransaction)),
    list("balance_transactions.list", "/v1/apps/{app_id}/balance_transactions", APP, PAGE_100, p::USER_PAGE_LIST, Kind::BalanceTransaction),
    op("balance_settlements.retrieve", Get, "/v1/apps/{app_id}/balance_settlements/{balance_settlement_id}", &["app_id", "balance_settlement_id"], p::NO_PARAMS, O(Kind::BalanceSettlement)),
    list("balance_settlements.list", "/v1/apps/{app_id}/balance_settlements", APP, PAGE_100, p::USER_PAGE_LIST, Kind::BalanceSettlement),
    op("batch_withdrawals.create", Post, "/v1/apps/{app_id}/batch_withdrawals", APP, p::BATCH_WITHDRAWALS_CREATE, O(Kind::BatchWithdrawal)),
    op("batch_withdrawals.retrieve", Get, "/v1/apps/{app_id}/batch_withdrawals/{batch_withdrawal_id}", &["app_id", "batch_withdrawal_id"], p::NO_PARAMS, O(Kind::BatchWithdrawal)),
    list("batch_withdrawals.list", "/v1/apps/{app_id}/batch_withdrawals", APP, PAGE_100, p::CREATED_LIST, Kind::BatchWithdrawal),
    // Royalties (docs/validation.md, "Royalties").
    with_app(AppParam::Text, op("royalty_templates.create", Post, "/v1/royalty_templates", NONE, p::ROYALTY_TEMPLATES_CREATE, O(Kind::RoyaltyTemplate))),
    op("royalty_templates.retrieve", Get, "/v1/royalty_templates/{royalty_template_id}", &["royalty_template_id"], p::NO_PARAMS, O(Kind::RoyaltyTemplate)),
    with_app(AppParam::Text, list("royalty_templates.list", "/v1/royalty_templates", NONE, PAGE_100, p::APP_FILTER_LIST, Kind::RoyaltyTemplate)),
    op("royalty_templates.update", Put, "/v1/royalty_templates/{royalty_template_id}", &["royalty_template_id"], p::ROYALTY_TEMPLATES_UPDATE, O(Kind::RoyaltyTemplate)),
    op("royalty_templates.delete", Delete, "/v1/royalty_templates/{royalty_template_id}", &["royalty_template_id"], p::NO_PARAMS, O(Kind::Deleted)),
    with_app(AppParam::Text, op("orders.royalty_datas.create", Post, "/v1/orders/{order_id}/royalty_datas", ORD, p::ORDERS_ROYALTY_DATAS_CREATE, O(Kind::RoyaltyDataResult))),
    op("royalties.retrieve", Get, "/v1/royalties/{royalty_id}", &["royalty_id"], p::NO_PARAMS, O(Kind::Royalty)),
    list("royalties.list", "/v1/royalties", NONE, PAGE_100, p::ROYALTIES_LIST, Kind::Royalty),
    op("royalties.batch_update", Put, "/v1/royalties", NONE, p::ROYALTIES_BATCH_UPDATE, Returns::List(Kind::Royalty)),
    op("royalty_settlements.create", Post, "/v1/royalty_settlements", NONE, p::ROYALTY_SETTLEMENTS_CREATE, O(Kind::RoyaltySettlement)),
    op("royalty_settlements.retrieve", Get, "/v1/royalty_settlements/{royalty_settlement_id}", &["royalty_settlement_id"], p::NO_PARAMS, O(Kind::RoyaltySettlement)),
    list("royalty_settlements.list", "/v1/royalty_settlements", NONE, PAGE_100, p::ROYALTY_SETTLEMENTS_LIST, Kind::RoyaltySettlement),
    op("royalty_settlements.update", Put, "/v1/royalty_settlements/{royalty_settlement_id}", &["royalty_settlement_id"], p::ROYALTY_SETTLEMENTS_UPDATE, O(Kind::RoyaltySettlement)),
    op("royalty_transactions.retrieve", Get, "/v1/royalty_transactions/{royalty_transaction_id}", &["royalty_transaction_id"], p::NO_PARAMS, O(Kind::RoyaltyTransaction)),
    list("royalty_transactions.list", "/v1/royalty_transactions", NONE, PAGE_100, p::ROYALTY_TRANSACTIONS_LIST, Kind::RoyaltyTransaction),
    // Coupon templates and a user's coupons (docs/validation.md, "Coupon templates and coupons").
    with_hooks(&[Hook::CouponTemplate], op("coupon_templates.create", Post, "/v1/apps/{app_id}/coupon_templates", APP, p::COUPON_TEMPLATES_CREATE, O(Kind::CouponTemplate))),
    op("coupon_templates.retrieve", Get, "/v1/apps/{app_id}/coupon_templates/{coupon_template_id}", CT, p::NO_PARAMS, O(Kind::CouponTemplate)),
    list("coupon_templates.list", "/v1/apps/{app_id}/coupon_templates", APP, PAGE_100, p::CREATED_LIST, Kind::CouponTemplate),
    op("coupon_templates.update", Put, "/v1/apps/{app_id}/coupon_templates/{coupon_template_id}", CT, p::COUPON_METADATA_UPDATE, O(Kind::CouponTemplate)),
    op("coupon_templates.delete", Delete, "/v1/apps/{app_id}/coupon_templates/{coupon_template_id}", CT, p::NO_PARAMS, O(Kind::Deleted)),
    op("coupon_templates.coupons.create", Post, "/v1/apps/{app_id}/coupon_templates/{coupon_template_id}/coupons", CT, p::COUPON_TEMPLATES_COUPONS_CREATE, Returns::List(Kind::Coupon)),
    list("coupon_templates.coupons.list", "/v1/apps/{app_id}/coupon_templates/{coupon_template_id}/coupons", CT, PAGE_100, p::CREATED_LIST, Kind::Coupon),
    op("users.coupons.create", Post, "/v1/apps/{app_id}/users/{user_id}/coupons", USER, p::USERS_COUPONS_CREATE, O(Kind::Coupon)),
    op("users.coupons.retrieve", Get, "/v1/apps/{app_id}/users/{user_id}/coupons/{coupon_id}", USER_CP, p::NO_PARAMS, O(Kind::Coupon)),
    list("users.coupons.list", "/v1/apps/{app_id}/users/{user_id}/coupons", USER, PAGE_100, p::CREATED_LIST, Kind::Coupon),
    op("users.coupons.update", Put, "/v1/apps/{app_id}/users/{user_id}/coupons/{coupon_id}", USER_CP, p::COUPON_METADATA_UPDATE, O(Kind::Coupon)),
    op("users.coupons.delete", Delete, "/v1/apps/{app_id}/users/{user_id}/coupons/{coupon_id}", USER_CP, p::NO_PARAMS, O(Kind::Deleted)),
    // WeChat profit sharing (docs/validation.md, "Profit sharing").
    with_hooks(&[Hook::SplitReceiverName], with_app(AppParam::Text, op("split_receivers.create", Post, "/v1/split_receivers", NONE, p::SPLIT_RECEIVERS_CREATE, O(Kind::SplitReceiver)))),
    op("split_receivers.retrieve", Get, "/v1/split_receivers/{split_receiver_id}", &["split_receiver_id"], p::NO_PARAMS, O(Kind::SplitReceiver)),
    with_app(AppParam::Text, list("split_receivers.list", "/v1/split_receivers", NONE, PAGE_100, p::SPLIT_RECEIVERS_LIST, Kind::SplitReceiver)),
    op("split_receivers.delete", Delete, "/v1/split_receivers/{split_receiver_id}", &["split_receiver_id"], p::NO_PARAMS, O(Kind::Deleted)),
    unique("order_no", with_hooks(&[Hook::SplitReturnRecipients], with_app(AppParam::Text, op("split_profits.create", Post, "/v1/split_profits", NONE, p::SPLIT_PROFITS_CREATE, O(Kind::SplitProfit))))),
    op("split_profits.retrieve", Get, "/v1/split_profits/{split_profit_id}", &["split_profit_id"], p::NO_PARAMS, O(Kind::SplitProfit)),
    with_app(AppParam::Text, list("split_profits.list", "/v1/split_profits", NONE, PAGE_100, p::SPLIT_PROFITS_LIST, Kind::SplitProfit)),
    op("profit_transactions.retrieve", Get, "/v1/profit_transactions/{profit_transaction_id}", &["profit_transaction_id"], p::NO_PARAMS, O(Kind::ProfitTransaction)),
    with_app(AppParam::Text, list("profit_transactions.list", "/v1/profit_transactions", NONE, PAGE_100, p::PROFIT_TRANSACTIONS_LIST, Kind::ProfitTransaction)),
];
#[cfg(not(feature = "platform-operations"))]
static PLATFORM_OPERATIONS: &[Operation] = &[];

/// The table itself: the payment operations, then the platform operations of this build.
pub static OPERATIONS: &[Operation] = &ALL_OPERATIONS;

static ALL_OPERATIONS: [Operation; PAYMENT_OPERATIONS.len() + PLATFORM_OPERATIONS.len()] =
    concat(PAYMENT_OPERATIONS, PLATFORM_OPERATIONS);

/// `a` then `b`, as one array of `N = a.len() + b.len()` rows (`a` is not empty).
const fn concat<const N: usize>(a: &[Operation], b: &[Operation]) -> [Operation; N] {
    let mut out = [a[0]; N];
    let mut i = 0;
    while i < b.len() {
        out[a.len() + i] = b[i];
        i += 1;
    }
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table is the payment rows then the platform rows; the payment rows are of the
    /// charges, orders and events families (what the firmware build keeps; a platform
    /// feature reached through an order, like its royalty data, is a platform row).
    #[test]
    fn payment_then_platform_operations() {
        let family = |op: &Operation| op.name.split('.').next().unwrap_or_default().to_string();
        let payment = ["charges", "orders", "events"];
        assert!(PAYMENT_OPERATIONS
            .iter()
            .all(|op| payment.contains(&family(op).as_str())));
        let names: Vec<&str> = OPERATIONS.iter().map(|op| op.name).collect();
        let parts: Vec<&str> = PAYMENT_OPERATIONS
            .iter()
            .chain(PLATFORM_OPERATIONS)
            .map(|op| op.name)
            .collect();
        assert_eq!(names, parts);
        assert_eq!(PAYMENT_OPERATIONS.len(), 23);
        assert_eq!(PLATFORM_OPERATIONS.is_empty(), !cfg!(feature = "platform-operations"));
    }
}
