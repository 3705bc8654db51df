//! Routes each operation of the table to the code that serves it: the plain
//! operations (retrieve, list, update, delete) to the generic handler
//! (`generic.rs`), the rest, whose answers follow state rules, to hand-written code.

use pingxx::models::Kind;
use pingxx::Operation;
use serde_json::{json, Map, Value};

use super::{ids, services, text, ApiErr, Ctx, Res, Store, MAX_LEVEL};

impl Store {
    /// Runs one operation with its (validated) parameters, path parameters included.
    pub(super) fn dispatch(&mut self, op: &Operation, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let path = |k: &str| text(p, k).unwrap_or_default();
        match op.name {
            "charges.create" => self.create_charge(p, ctx),
            "charges.reverse" => self.reverse_charge(&path("charge_id"), ctx),
            "charges.refunds.create" => self.refund_charge(&path("charge_id"), p, ctx),
            "orders.create" => self.create_order(p, ctx),
            "orders.pay" => self.pay_order(&path("order_id"), p, ctx),
            "orders.cancel" => self.cancel_order(&path("order_id"), p, ctx),
            "orders.order_refunds.create" => self.refund_order(&path("order_id"), p, ctx, true),
            "orders.refunds.create" => self.refund_order(&path("order_id"), p, ctx, false),
            "sub_apps.create" => self.create_sub_app(&path("app_id"), p, ctx),
            "sub_apps.update" => {
                // A new parent moves the sub-app to another level; the rest is a plain update.
                let (app, sub) = (path("app_id"), path("sub_app_id"));
                self.sub_app(&app, &sub)?;
                let level = match text(p, "parent_app") {
                    Some(parent) => {
                        let level = self.parent_level(&app, &parent)? + 1;
                        if level > MAX_LEVEL || parent == sub {
                            return Err(ApiErr::bad("parent_app", "parent_app: sub-apps nest at most 5 levels"));
                        }
                        Some(level)
                    }
                    None => None,
                };
                let out = self.plain(op, p).unwrap_or_else(|| Err(not_emulated(op)))?;
                if let Some(level) = level {
                    self.lookup_mut(Kind::SubApp, &[("app_id", &app)], "sub_app_id", &sub)?["level"] = json!(level);
                    return self.sub_app(&app, &sub).map(super::clean);
                }
                Ok(out)
            }
            "sub_apps.channels.create" => {
                self.create_sub_app_channel(Kind::Channel, &path("app_id"), &path("sub_app_id"), p, ctx)
            }
            "sub_apps.contact" => self.create_contact(&path("app_id"), p, ctx),
            "sub_apps.transfer_channels.create" => {
                self.create_sub_app_channel(Kind::TransferChannel, &path("app_id"), &path("sub_app_id"), p, ctx)
            }
            "upload_pic.create" => {
                let app = path("app_id");
                Ok(json!({
                    "app": app,
                    "livemode": ctx.livemode,
                    "media_url": format!("http://mock.pingxx.invalid/media/{}", ids::alnum("pic_", 16)),
                }))
            }
            "card_bin.query" => {
                let account = text(p, "account").unwrap_or_default();
                let (bank_name, bank_code) = if account.starts_with("62") {
                    ("中国银联", "UPOP")
                } else {
                    ("招商银行", "CMB")
                };
                Ok(json!({
                    "card_bin": account.chars().take(6).collect::<String>(),
                    "card_type": "DEBIT",
                    "bank_name": bank_name,
                    "bank_code": bank_code,
                }))
            }
            "users.create" => {
                let app = path("app_id");
                let id = text(p, "id").unwrap_or_default();
                self.create_user(&app, &id, "customer", p, ctx, "id")
            }
            "users.settle_accounts.create" => {
                self.create_user_settle_account(&path("app_id"), &path("user_id"), p, ctx)
            }
            "users.settle_accounts.update" | "users.settle_accounts.delete" => self.change_user_settle_account(op, p),
            "users.settle_accounts.mobile" => self.set_settle_account_mobile(p),
            "users.settle_accounts.verify" => self.verify_settle_account(p),
            "funds_transfers.create" => self.create_funds_transfer(&path("app_id"), p, ctx),
            "settle_accounts.create" => {
                let app = path("app_id");
                let user = text(p, "user");
                self.create_settle_account(&app, user.as_deref(), p, ctx)
            }
            "cus_applications.create" | "mch_applications.create" | "micro_applications.create" => {
                self.create_application(op, &path("app_id"), p, ctx)
            }
            "deposits.create" => self.create_deposit(&path("app_id"), p, ctx),
            "withdrawals.create" => self.create_withdrawal(&path("app_id"), p, ctx),
            "withdrawals.confirm" => self.confirm_withdrawal(&path("app_id"), &path("withdrawal_id"), p, ctx),
            "recharges.create" => self.create_recharge(&path("app_id"), p, ctx),
            "recharges.refunds.create" => self.refund_recharge(&path("app_id"), &path("recharge_id"), p, ctx),
            "balance_bonuses.create" => self.create_balance_bonus(&path("app_id"), p, ctx),
            "balance_transfers.create" => self.create_balance_transfer(&path("app_id"), p, ctx),
            "batch_withdrawals.create" => self.create_batch_withdrawal(&path("app_id"), p, ctx),
            "allocations.create" => self.create_allocation(p, ctx),
            "allocation_refunds.create" => self.create_allocation_refund(p, ctx),
            "allocation_completes.create" => self.create_allocation_complete(p, ctx),
            "transfers.create" => self.create_transfer(p, ctx),
            "transfers.cancel" => self.stop_transfer(&path("transfer_id"), "canceled"),
            "transfers.reverse" => self.stop_transfer(&path("transfer_id"), "reversed"),
            "batch_transfers.create" => self.create_batch_transfer(p, ctx),
            "batch_transfers.cancel" => self.cancel_batch_transfer(&path("batch_transfer_id")),
            "red_envelopes.create" => self.create_red_envelope(p, ctx),
            "batch_refunds.create" => self.create_batch_refund(p, ctx),
            "customs.create" => self.create_customs(p, ctx),
            "identification.create" => services::identify(p),
            "card_info.query" => services::card_info(p),
            "sub_banks.list" => services::sub_banks(op.path, p),
            "agreements.create" => self.create_agreement(p, ctx),
            "agreements.update" => self.cancel_agreement(&path("agreement_id"), p, ctx),
            "agreements.notify" => self.notify_agreement(&path("agreement_id")),
            "charges.trade_detail" => self.trade_detail(&path("charge_id")),
            "users.upload_pic" => self.upload_user_pic(&path("app_id"), p, ctx),
            "royalty_templates.create"
            | "royalty_templates.update"
            | "orders.royalty_datas.create"
            | "royalties.list"
            | "royalties.batch_update"
            | "royalty_settlements.create"
            | "royalty_settlements.update" => self.royalty_op(op, p, ctx),
            "coupon_templates.create" => self.create_coupon_template(&path("app_id"), p, ctx),
            "coupon_templates.delete" => self.delete_coupon_template(&path("app_id"), &path("coupon_template_id")),
            "coupon_templates.coupons.create" => {
                self.issue_coupons(&path("app_id"), &path("coupon_template_id"), p, ctx)
            }
            "users.coupons.create" => self.create_user_coupon(&path("app_id"), &path("user_id"), p, ctx),
            "coupon_templates.coupons.list"
            | "users.coupons.retrieve"
            | "users.coupons.list"
            | "users.coupons.update"
            | "users.coupons.delete" => self.serve_coupons(op, p, ctx),
            "split_receivers.create" => self.create_split_receiver(p, ctx),
            "split_profits.create" => self.create_split_profit(p, ctx),
            _ => self.plain(op, p).unwrap_or_else(|| Err(not_emulated(op))),
        }
    }
}

/// 501: an operation of the table that the emulator has no code for.
fn not_emulated(op: &Operation) -> ApiErr {
    ApiErr::new(501, "api_error", format!("operation {} is not emulated", op.name))
}
