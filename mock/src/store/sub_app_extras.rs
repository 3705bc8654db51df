//! The sub-app extras of the official SDKs: the custody product's contacts
//! (`sub_apps.contact`) and a sub-app's transfer channels
//! (`sub_apps.transfer_channels.*`).
//!
//! A contact belongs to a user of the app that has a custody account: `acc_no`
//! must be the number `users.upload_pic` gave that user. A user has at most one
//! contact per `contact_type`: filing the same type again replaces the contact
//! and keeps its `contact_no` (the custody bank's slot for that type).
//!
//! A transfer channel is one per (sub-app, channel): a second create is
//! refused; retrieve, update and delete are the generic plain operations (404
//! for a missing one, a `deleted` object). A transfer or batch transfer whose
//! `app` is a sub-app is refused over a transfer channel the sub-app has
//! `banned`; a channel the sub-app has not configured is left to its parent
//! app, as for payment channels.

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::{ids, opt, owned_by, owner_of, text, ApiErr, Ctx, Res, Store};

/// The fields of a contact kept and answered as they were sent.
const CONTACT_FIELDS: &[&str] = &[
    "contact_type",
    "contact_name",
    "contact_cert_type",
    "contact_cert_valid_from",
    "contact_cert_valid_until",
    "contact_job_type",
    "contact_relation_ship",
];

impl Store {
    /// `sub_apps.contact`: a contact of a user with a custody account.
    pub(super) fn create_contact(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let user = text(p, "user").unwrap_or_default();
        let given = text(p, "acc_no").unwrap_or_default();
        let seq = self.next_seq();
        let u = self
            .user_mut(app, &user)
            .ok_or_else(|| ApiErr::not_found("user", "user", &user))?;
        let refused = match u["_acc_no"].as_str() {
            Some(have) if have == given => None,
            Some(_) => Some(format!("`{given}` is not the custody account of user {user}")),
            None => Some(format!(
                "user {user} has no custody account yet; upload an identity photo first (users.upload_pic)"
            )),
        };
        if let Some(why) = refused {
            return Err(ApiErr::bad("acc_no", format!("acc_no: {why}")));
        }
        let contact_type = p.get("contact_type").cloned().unwrap_or(Value::Null).to_string();
        let contacts = &mut u["_contacts"];
        if !contacts.is_object() {
            *contacts = json!({});
        }
        let contact_no = contacts[&contact_type]["contact_no"]
            .as_str()
            .map_or_else(|| ids::digits("5026", 20, seq), str::to_string);
        let mut out = json!({
            "object": "contact",
            "user": user,
            "livemode": ctx.livemode,
            "acc_no": given,
            "contact_no": contact_no,
            "created": ctx.now,
        });
        for key in CONTACT_FIELDS {
            out[*key] = opt(p, key);
        }
        contacts[&contact_type] = out.clone();
        Ok(out)
    }

    /// `sub_apps.channels.create` and `sub_apps.transfer_channels.create`: one
    /// `kind` object (a payment or a transfer channel) per (sub-app, channel).
    pub(super) fn create_sub_app_channel(
        &mut self,
        kind: Kind,
        app: &str,
        sub: &str,
        p: &Map<String, Value>,
        ctx: Ctx,
    ) -> Res {
        self.sub_app(app, sub)?;
        let channel = text(p, "channel").unwrap_or_default();
        if self.sub_app_channel(kind, sub, &channel).is_some() {
            let message = match kind {
                Kind::TransferChannel => {
                    format!("channel: transfer channel `{channel}` already exists for sub-app {sub}; update it instead")
                }
                _ => format!("channel: `{channel}` already exists for sub-app {sub}"),
            };
            return Err(ApiErr::bad("channel", message));
        }
        let obj = json!({
            "object": kind.object_name(),
            "created": ctx.now,
            "channel": channel,
            "params": opt(p, "params"),
            "banned": p.get("banned").cloned().unwrap_or(json!(false)),
            "banned_msg": opt(p, "banned_msg"),
            "description": opt(p, "description"),
            "_owners": owned_by(&[("app_id", app), ("sub_app_id", sub)]),
        });
        Ok(self.insert(kind, obj))
    }

    /// The `kind` object (payment or transfer channel) of sub-app `sub` for `channel`.
    pub(super) fn sub_app_channel(&self, kind: Kind, sub: &str, channel: &str) -> Option<&Value> {
        self.cols
            .get(&kind)?
            .find(|o| owner_of(o, "sub_app_id") == Some(sub) && o["channel"] == json!(channel))
    }

    /// Refuses a transfer of `app` over `channel` when `app` is a sub-app that
    /// has banned that transfer channel.
    pub(super) fn check_transfer_channel(&self, app: &str, channel: &str) -> Result<(), ApiErr> {
        if self.get_by_id(Kind::SubApp, app).is_none() {
            return Ok(());
        }
        match self.sub_app_channel(Kind::TransferChannel, app, channel) {
            Some(tc) if tc["banned"] == json!(true) => {
                let why = tc["banned_msg"].as_str().unwrap_or("");
                Err(ApiErr::bad(
                    "channel",
                    format!("channel: transfer channel `{channel}` of sub-app {app} is banned: {why}"),
                ))
            }
            _ => Ok(()),
        }
    }
}
