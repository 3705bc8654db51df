//! Typed methods over the operation table: `client.orders().pay(order_id, &OrderPay)`.
//!
//! Every method is emitted by the [`resources!`] macro from one line naming its
//! operation; the method calls that operation by name through
//! [`Client::call_operation`], so paths and HTTP methods live only in the
//! table. The macro also records each operation name with its path arguments
//! in [`TYPED_OPERATIONS`]; a unit test compares that list with
//! [`crate::operations()`], so a row of the table without a typed method (or a
//! method whose arguments do not match the row's path parameters) fails the
//! build's tests.
//!
//! `app_id` path parameters are not method arguments: they come from the
//! client's configured app id, from `for_app(app_id)` on the resource handle
//! (`client.users().for_app("app_...")`), or from an `app_id` entry in a params
//! struct's `other` map. The `app` parameter of `charges.create` / `charges.list`
//! (`{"id": ...}`) and of `orders.create`, `orders.list` and the allocation
//! operations (a string) is likewise filled from the client's app id when not
//! given.

use std::collections::VecDeque;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::{find_operation, Operation, Pagination};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::*;

/// Serialises a params struct into the JSON object `Client::call` takes.
fn to_params<P: Serialize>(params: &P) -> Result<Map<String, Value>> {
    match serde_json::to_value(params) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(Value::Null) => Ok(Map::new()),
        Ok(_) => Err(Error::InvalidJson("params must serialise to a JSON object".into())),
        Err(e) => Err(Error::InvalidJson(format!("params do not serialise: {e}"))),
    }
}

impl Client {
    /// Calls `op` with `params` plus the path arguments, and parses the answer as `T`.
    fn typed_call<T: DeserializeOwned>(
        &self,
        op: &'static str,
        app_id: Option<&str>,
        path_args: &[(&str, &str)],
        mut params: Map<String, Value>,
    ) -> Result<T> {
        let operation = find_operation(op).ok_or_else(|| Error::UnknownOperation(op.to_string()))?;
        for (name, value) in path_args {
            params.insert((*name).to_string(), Value::String((*value).to_string()));
        }
        set_app_id(operation, app_id, &mut params);
        let answer = self.call_operation(operation, Value::Object(params))?;
        parse_answer(operation, answer)
    }
}

/// Puts a handle's `for_app` app id in the params of an operation under
/// `/v1/apps/{app_id}`, unless the params name one already.
fn set_app_id(op: &Operation, app_id: Option<&str>, params: &mut Map<String, Value>) {
    if let Some(app_id) = app_id {
        if op.path_params.contains(&"app_id") && !params.contains_key("app_id") {
            params.insert("app_id".into(), Value::String(app_id.to_string()));
        }
    }
}

/// Parses an answer into its model; a mismatch is `invalid_response`.
fn parse_answer<T: DeserializeOwned>(op: &Operation, answer: Value) -> Result<T> {
    serde_json::from_value(answer).map_err(|e| Error::InvalidResponse {
        status: 200,
        message: format!("{}: answer does not match its model: {e}", op.name),
    })
}

/// Turns the optional params of a macro line into the params map.
macro_rules! params_of {
    () => {
        Map::new()
    };
    ($p:ident: $t:ty) => {
        to_params::<$t>($p)?
    };
}

/// Emits the resource handles, their typed methods and [`TYPED_OPERATIONS`].
///
/// One line per operation: `fn method(path_arg, ... [; ParamsType]) -> Return = "operation.name";`.
macro_rules! resources {
    ($(
        $(#[$rdoc:meta])*
        $res:ident {
            $(
                $(#[$mdoc:meta])*
                fn $method:ident($($arg:ident),* $(; $pty:ty)?) -> $ret:ty = $op:literal;
            )*
        }
    )*) => {
        $(
            $(#[$rdoc])*
            #[derive(Clone, Copy, Debug)]
            pub struct $res<'a> {
                client: &'a Client,
                app_id: Option<&'a str>,
            }

            impl<'a> $res<'a> {
                $(
                    $(#[$mdoc])*
                    #[doc = concat!("\n\nOperation `", $op, "`.")]
                    pub fn $method(&self, $($arg: &str,)* $(params: &$pty)?) -> Result<$ret> {
                        let map = params_of!($(params: $pty)?);
                        self.client.typed_call($op, self.app_id, &[$((stringify!($arg), $arg)),*], map)
                    }
                )*
            }
        )*

        /// Every operation that has a typed method, with the method's path
        /// arguments (in order) and its return type.
        pub const TYPED_OPERATIONS: &[(&str, &[&str], &str)] = &[
            $($(($op, &[$(stringify!($arg)),*], stringify!($ret)),)*)*
        ];
    };
}

resources! {
    /// `client.charges()`: charges (支付).
    Charges {
        /// Creates a charge.
        fn create(; ChargeCreate) -> Charge = "charges.create";
        /// Retrieves a charge.
        fn retrieve(charge_id) -> Charge = "charges.retrieve";
        /// Lists charges, one page (cursor style).
        fn list(; ListParams) -> List<Charge> = "charges.list";
        /// Reverses (撤销) a charge.
        fn reverse(charge_id) -> Charge = "charges.reverse";
    }
    /// `client.charges().refunds()`: refunds of a charge.
    ChargeRefunds {
        /// Refunds a charge.
        fn create(charge_id; ChargeRefundCreate) -> Refund = "charges.refunds.create";
        /// Retrieves a refund of a charge.
        fn retrieve(charge_id, refund_id) -> Refund = "charges.refunds.retrieve";
        /// Lists the refunds of a charge, one page.
        fn list(charge_id; ListParams) -> List<Refund> = "charges.refunds.list";
    }
    /// `client.orders()`: orders (订单).
    Orders {
        /// Creates an order.
        fn create(; OrderCreate) -> Order = "orders.create";
        /// Retrieves an order.
        fn retrieve(order_id) -> Order = "orders.retrieve";
        /// Lists orders, one page (page style).
        fn list(; ListParams) -> List<Order> = "orders.list";
        /// Pays an order: creates its charge.
        fn pay(order_id; OrderPay) -> Order = "orders.pay";
        /// Cancels an order (`status: canceled`).
        fn cancel(order_id; OrderCancel) -> Order = "orders.cancel";
    }
    /// `client.orders().charges()`: the charges of an order.
    OrderCharges {
        /// Retrieves a charge of an order.
        fn retrieve(order_id, charge_id) -> Charge = "orders.charges.retrieve";
        /// Lists the charges of an order, one page.
        fn list(order_id; ListParams) -> List<Charge> = "orders.charges.list";
    }
    /// `client.orders().order_refunds()`: refunds of an order (offline scan).
    OrderOrderRefunds {
        /// Refunds an order.
        fn create(order_id; OrderRefundCreate) -> OrderRefund = "orders.order_refunds.create";
        /// Retrieves a refund of an order.
        fn retrieve(order_id, refund_id) -> OrderRefund = "orders.order_refunds.retrieve";
        /// Lists the refunds of an order, one page.
        fn list(order_id; ListParams) -> List<OrderRefund> = "orders.order_refunds.list";
    }
    /// `client.orders().refunds()`: refunds of an order (simple account).
    OrderRefunds {
        /// Refunds an order.
        fn create(order_id; OrderRefundSimpleCreate) -> OrderRefund = "orders.refunds.create";
        /// Retrieves a refund of an order.
        fn retrieve(order_id, refund_id) -> OrderRefund = "orders.refunds.retrieve";
        /// Lists the refunds of an order, one page.
        fn list(order_id; ListParams) -> List<OrderRefund> = "orders.refunds.list";
    }
    /// `client.events()`: events (事件).
    Events {
        /// Retrieves an event.
        fn retrieve(event_id) -> Event = "events.retrieve";
        /// Lists events, one page (cursor style).
        fn list(; ListParams) -> List<Event> = "events.list";
    }
    /// `client.sub_apps()`: sub-merchant apps (子商户应用) of the client's app.
    SubApps {
        /// Creates a sub-app.
        fn create(; SubAppCreate) -> SubApp = "sub_apps.create";
        /// Retrieves a sub-app.
        fn retrieve(sub_app_id) -> SubApp = "sub_apps.retrieve";
        /// Updates a sub-app.
        fn update(sub_app_id; SubAppUpdate) -> SubApp = "sub_apps.update";
        /// Deletes a sub-app.
        fn delete(sub_app_id) -> Deleted = "sub_apps.delete";
        /// Lists sub-apps, one page.
        fn list(; ListParams) -> List<SubApp> = "sub_apps.list";
    }
    /// `client.sub_apps().channels()`: payment channels of a sub-app.
    SubAppChannels {
        /// Configures a channel on a sub-app.
        fn create(sub_app_id; ChannelCreate) -> Channel = "sub_apps.channels.create";
        /// Retrieves a channel of a sub-app.
        fn retrieve(sub_app_id, channel) -> Channel = "sub_apps.channels.retrieve";
        /// Updates a channel of a sub-app.
        fn update(sub_app_id, channel; ChannelUpdate) -> Channel = "sub_apps.channels.update";
        /// Removes a channel from a sub-app.
        fn delete(sub_app_id, channel) -> Deleted = "sub_apps.channels.delete";
    }
    /// `client.upload_pic()`: picture upload.
    UploadPics {
        /// Uploads a picture.
        fn create(; UploadPicCreate) -> UploadPic = "upload_pic.create";
    }
    /// `client.card_bin()`: bank card lookup.
    CardBins {
        /// Looks a card number up.
        fn query(; CardBinQuery) -> CardBin = "card_bin.query";
    }
    /// `client.users()`: users of the client's app (simple account).
    Users {
        /// Creates a user.
        fn create(; UserCreate) -> User = "users.create";
        /// Retrieves a user.
        fn retrieve(user_id) -> User = "users.retrieve";
        /// Updates a user.
        fn update(user_id; UserUpdate) -> User = "users.update";
        /// Lists users, one page.
        fn list(; ListParams) -> List<User> = "users.list";
    }
    /// `client.users().settle_accounts()`: card binding of a user.
    UserSettleAccounts {
        /// Binds a settle account to a user.
        fn create(user_id; UserSettleAccountCreate) -> CardBinding = "users.settle_accounts.create";
    }
    /// `client.cus_applications()`: personal account openings.
    CusApplications {
        /// Applies for a personal account.
        fn create(; CusApplicationCreate) -> CusApplication = "cus_applications.create";
        /// Retrieves an application.
        fn retrieve(cus_id) -> CusApplication = "cus_applications.retrieve";
    }
    /// `client.mch_applications()`: enterprise account openings.
    MchApplications {
        /// Applies for an enterprise account.
        fn create(; MchApplicationCreate) -> MchApplication = "mch_applications.create";
        /// Retrieves an application.
        fn retrieve(mch_id) -> MchApplication = "mch_applications.retrieve";
    }
    /// `client.micro_applications()`: micro-enterprise account openings.
    MicroApplications {
        /// Applies for a micro-enterprise account.
        fn create(; MchApplicationCreate) -> MchApplication = "micro_applications.create";
        /// Retrieves an application.
        fn retrieve(mch_id) -> MchApplication = "micro_applications.retrieve";
    }
    /// `client.settle_accounts()`: settle accounts.
    SettleAccounts {
        /// Creates a settle account.
        fn create(; SettleAccountCreate) -> SettleAccount = "settle_accounts.create";
    }
    /// `client.deposits()`: deposits (充值).
    Deposits {
        /// Creates a deposit.
        fn create(; DepositCreate) -> Deposit = "deposits.create";
    }
    /// `client.withdrawals()`: withdrawals (提现).
    Withdrawals {
        /// Creates a withdrawal.
        fn create(; WithdrawalCreate) -> Withdrawal = "withdrawals.create";
        /// Retrieves a withdrawal.
        fn retrieve(withdrawal_id) -> Withdrawal = "withdrawals.retrieve";
        /// Lists withdrawals, one page.
        fn list(; ListParams) -> List<Withdrawal> = "withdrawals.list";
        /// Confirms (`pending`) or cancels (`canceled`) a withdrawal.
        fn confirm(withdrawal_id; WithdrawalConfirm) -> Withdrawal = "withdrawals.confirm";
    }
    /// `client.allocations()`: allocations (分账).
    Allocations {
        /// Allocates an order.
        fn create(; AllocationCreate) -> Allocation = "allocations.create";
        /// Retrieves an allocation.
        fn retrieve(allocation_id) -> Allocation = "allocations.retrieve";
    }
    /// `client.allocation_refunds()`: refunds of allocations.
    AllocationRefunds {
        /// Refunds an allocation.
        fn create(; AllocationRefundCreate) -> Allocation = "allocation_refunds.create";
    }
    /// `client.allocation_completes()`: ends of allocation.
    AllocationCompletes {
        /// Completes the allocations of an order.
        fn create(; AllocationCompleteCreate) -> AllocationComplete = "allocation_completes.create";
        /// Retrieves a completion.
        fn retrieve(allocation_complete_id) -> AllocationComplete = "allocation_completes.retrieve";
    }
}

/// Adds `for_app` to the handles of operations under `/v1/apps/{app_id}`.
macro_rules! for_app {
    ($($res:ident),* $(,)?) => {$(
        impl<'a> $res<'a> {
            /// Uses `app_id` in the `/v1/apps/{app_id}` paths instead of the
            /// client's configured app id (an `app_id` in the params still wins).
            pub fn for_app(self, app_id: &'a str) -> Self {
                $res { app_id: Some(app_id), ..self }
            }
        }
    )*};
}

for_app!(
    SubApps,
    SubAppChannels,
    UploadPics,
    CardBins,
    Users,
    UserSettleAccounts,
    CusApplications,
    MchApplications,
    MicroApplications,
    SettleAccounts,
    Deposits,
    Withdrawals,
);

impl Client {
    /// Charges.
    pub fn charges(&self) -> Charges<'_> {
        Charges {
            client: self,
            app_id: None,
        }
    }
    /// Orders.
    ///
    /// ```no_run
    /// use pingxx::models::{ListParams, OrderCreate, OrderPay};
    /// let client = pingxx::Client::builder().api_key("sk_test_...").app_id("app_...").build()?;
    /// let order = client.orders().create(&OrderCreate {
    ///     merchant_order_no: "order_0001".into(),
    ///     amount: 100,
    ///     currency: "cny".into(),
    ///     client_ip: "127.0.0.1".into(),
    ///     subject: "Your Subject".into(),
    ///     body: "Your Body".into(),
    ///     ..Default::default()
    /// })?;
    /// let pay = OrderPay { charge_amount: 100, channel: Some("balance".into()), ..Default::default() };
    /// let paid = client.orders().pay(&order.id, &pay)?;
    /// assert_eq!(paid.paid, Some(true));
    /// for order in client.orders().list_auto(&ListParams { per_page: Some(50), ..Default::default() })? {
    ///     println!("{}", order?.id);
    /// }
    /// # Ok::<(), pingxx::Error>(())
    /// ```
    pub fn orders(&self) -> Orders<'_> {
        Orders {
            client: self,
            app_id: None,
        }
    }
    /// Events.
    pub fn events(&self) -> Events<'_> {
        Events {
            client: self,
            app_id: None,
        }
    }
    /// Sub-apps of the client's app.
    pub fn sub_apps(&self) -> SubApps<'_> {
        SubApps {
            client: self,
            app_id: None,
        }
    }
    /// Picture upload.
    pub fn upload_pic(&self) -> UploadPics<'_> {
        UploadPics {
            client: self,
            app_id: None,
        }
    }
    /// Bank card lookup.
    pub fn card_bin(&self) -> CardBins<'_> {
        CardBins {
            client: self,
            app_id: None,
        }
    }
    /// Users of the client's app.
    pub fn users(&self) -> Users<'_> {
        Users {
            client: self,
            app_id: None,
        }
    }
    /// Personal account openings.
    pub fn cus_applications(&self) -> CusApplications<'_> {
        CusApplications {
            client: self,
            app_id: None,
        }
    }
    /// Enterprise account openings.
    pub fn mch_applications(&self) -> MchApplications<'_> {
        MchApplications {
            client: self,
            app_id: None,
        }
    }
    /// Micro-enterprise account openings.
    pub fn micro_applications(&self) -> MicroApplications<'_> {
        MicroApplications {
            client: self,
            app_id: None,
        }
    }
    /// Settle accounts.
    pub fn settle_accounts(&self) -> SettleAccounts<'_> {
        SettleAccounts {
            client: self,
            app_id: None,
        }
    }
    /// Deposits.
    pub fn deposits(&self) -> Deposits<'_> {
        Deposits {
            client: self,
            app_id: None,
        }
    }
    /// Withdrawals.
    pub fn withdrawals(&self) -> Withdrawals<'_> {
        Withdrawals {
            client: self,
            app_id: None,
        }
    }
    /// Allocations.
    pub fn allocations(&self) -> Allocations<'_> {
        Allocations {
            client: self,
            app_id: None,
        }
    }
    /// Refunds of allocations.
    pub fn allocation_refunds(&self) -> AllocationRefunds<'_> {
        AllocationRefunds {
            client: self,
            app_id: None,
        }
    }
    /// Ends of allocation.
    pub fn allocation_completes(&self) -> AllocationCompletes<'_> {
        AllocationCompletes {
            client: self,
            app_id: None,
        }
    }

    /// Iterates over every item of a list operation (`orders.list`,
    /// `charges.refunds.list`, ...), fetching pages lazily; path parameters go in
    /// `params`. See [`ListIter`].
    pub fn list_auto<T: DeserializeOwned + HasId>(&self, operation: &str, params: Value) -> Result<ListIter<T>> {
        let op = find_operation(operation).ok_or_else(|| Error::UnknownOperation(operation.to_string()))?;
        if op.pagination == Pagination::None {
            return Err(Error::InvalidConfig(format!("{operation}: not a list operation")));
        }
        let params = match params {
            Value::Object(map) => map,
            Value::Null => Map::new(),
            _ => return Err(Error::InvalidJson("params must be a JSON object".into())),
        };
        Ok(ListIter::new(self.clone(), op, params))
    }
}

impl<'a> Charges<'a> {
    /// Refunds of charges.
    pub fn refunds(&self) -> ChargeRefunds<'a> {
        ChargeRefunds {
            client: self.client,
            app_id: self.app_id,
        }
    }
    /// Every charge matching `params`, fetched page by page (`limit` +
    /// `starting_after`) as the iterator advances.
    pub fn list_auto(&self, params: &ListParams) -> Result<ListIter<Charge>> {
        ListIter::from_params(self.client, self.app_id, "charges.list", &[], params)
    }
}

impl<'a> Orders<'a> {
    /// Charges of orders.
    pub fn charges(&self) -> OrderCharges<'a> {
        OrderCharges {
            client: self.client,
            app_id: self.app_id,
        }
    }
    /// Refunds of orders (offline scan, `/order_refunds`).
    pub fn order_refunds(&self) -> OrderOrderRefunds<'a> {
        OrderOrderRefunds {
            client: self.client,
            app_id: self.app_id,
        }
    }
    /// Refunds of orders (simple account, `/refunds`).
    pub fn refunds(&self) -> OrderRefunds<'a> {
        OrderRefunds {
            client: self.client,
            app_id: self.app_id,
        }
    }
    /// Every order matching `params`, fetched page by page (`page` +
    /// `per_page`, from `params.page` or 1) as the iterator advances.
    pub fn list_auto(&self, params: &ListParams) -> Result<ListIter<Order>> {
        ListIter::from_params(self.client, self.app_id, "orders.list", &[], params)
    }
}

impl Events<'_> {
    /// Every event matching `params`, fetched page by page (`limit` +
    /// `starting_after`) as the iterator advances.
    pub fn list_auto(&self, params: &ListParams) -> Result<ListIter<Event>> {
        ListIter::from_params(self.client, self.app_id, "events.list", &[], params)
    }
}

impl ChargeRefunds<'_> {
    /// Every refund of a charge, fetched page by page as the iterator advances.
    pub fn list_auto(&self, charge_id: &str, params: &ListParams) -> Result<ListIter<Refund>> {
        ListIter::from_params(
            self.client,
            self.app_id,
            "charges.refunds.list",
            &[("charge_id", charge_id)],
            params,
        )
    }
}

impl OrderCharges<'_> {
    /// Every charge of an order, fetched page by page as the iterator advances.
    pub fn list_auto(&self, order_id: &str, params: &ListParams) -> Result<ListIter<Charge>> {
        ListIter::from_params(
            self.client,
            self.app_id,
            "orders.charges.list",
            &[("order_id", order_id)],
            params,
        )
    }
}

impl OrderOrderRefunds<'_> {
    /// Every refund of an order (`/order_refunds`), fetched page by page as the iterator advances.
    pub fn list_auto(&self, order_id: &str, params: &ListParams) -> Result<ListIter<OrderRefund>> {
        ListIter::from_params(
            self.client,
            self.app_id,
            "orders.order_refunds.list",
            &[("order_id", order_id)],
            params,
        )
    }
}

impl OrderRefunds<'_> {
    /// Every refund of an order (`/refunds`), fetched page by page as the iterator advances.
    pub fn list_auto(&self, order_id: &str, params: &ListParams) -> Result<ListIter<OrderRefund>> {
        ListIter::from_params(
            self.client,
            self.app_id,
            "orders.refunds.list",
            &[("order_id", order_id)],
            params,
        )
    }
}

impl Withdrawals<'_> {
    /// Every withdrawal, fetched page by page as the iterator advances.
    pub fn list_auto(&self, params: &ListParams) -> Result<ListIter<Withdrawal>> {
        ListIter::from_params(self.client, self.app_id, "withdrawals.list", &[], params)
    }
}

impl<'a> SubApps<'a> {
    /// Payment channels of sub-apps.
    pub fn channels(&self) -> SubAppChannels<'a> {
        SubAppChannels {
            client: self.client,
            app_id: self.app_id,
        }
    }
    /// Every sub-app, fetched page by page as the iterator advances.
    pub fn list_auto(&self, params: &ListParams) -> Result<ListIter<SubApp>> {
        ListIter::from_params(self.client, self.app_id, "sub_apps.list", &[], params)
    }
}

impl<'a> Users<'a> {
    /// Settle accounts of users.
    pub fn settle_accounts(&self) -> UserSettleAccounts<'a> {
        UserSettleAccounts {
            client: self.client,
            app_id: self.app_id,
        }
    }
    /// Every user, fetched page by page as the iterator advances.
    pub fn list_auto(&self, params: &ListParams) -> Result<ListIter<User>> {
        ListIter::from_params(self.client, self.app_id, "users.list", &[], params)
    }
}

/// The items of a list operation, fetched one page at a time as the iterator
/// advances.
///
/// Page-style lists ask for `page` 1, 2, ... (from the `page` given, if any);
/// cursor-style lists pass the id of the last item received as
/// `starting_after`. Iteration stops after a page with `has_more: false` (or an
/// empty page, or a cursor that does not advance). An error is yielded once and
/// ends the iteration.
pub struct ListIter<T> {
    client: Client,
    op: &'static Operation,
    params: Map<String, Value>,
    buffer: VecDeque<T>,
    next_page: i64,
    cursor: Option<String>,
    done: bool,
    pages_fetched: usize,
}

impl<T> std::fmt::Debug for ListIter<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListIter")
            .field("operation", &self.op.name)
            .field("buffered", &self.buffer.len())
            .field("next_page", &self.next_page)
            .field("cursor", &self.cursor)
            .field("done", &self.done)
            .finish()
    }
}

impl<T: DeserializeOwned + HasId> ListIter<T> {
    fn from_params(
        client: &Client,
        app_id: Option<&str>,
        op: &'static str,
        path_args: &[(&str, &str)],
        params: &ListParams,
    ) -> Result<ListIter<T>> {
        let op = find_operation(op).ok_or_else(|| Error::UnknownOperation(op.to_string()))?;
        let mut map = to_params(params)?;
        for (name, value) in path_args {
            map.insert((*name).to_string(), Value::String((*value).to_string()));
        }
        set_app_id(op, app_id, &mut map);
        Ok(ListIter::new(client.clone(), op, map))
    }

    fn new(client: Client, op: &'static Operation, params: Map<String, Value>) -> ListIter<T> {
        let next_page = params.get("page").and_then(Value::as_i64).unwrap_or(1);
        let cursor = params.get("starting_after").and_then(Value::as_str).map(str::to_string);
        ListIter {
            client,
            op,
            params,
            buffer: VecDeque::new(),
            next_page,
            cursor,
            done: false,
            pages_fetched: 0,
        }
    }

    /// How many pages have been fetched so far.
    pub fn pages_fetched(&self) -> usize {
        self.pages_fetched
    }

    fn fetch(&mut self) -> Result<()> {
        let mut params = self.params.clone();
        match self.op.pagination {
            Pagination::Page { .. } => {
                params.insert("page".into(), Value::from(self.next_page));
            }
            Pagination::Cursor { .. } => {
                if let Some(after) = &self.cursor {
                    params.insert("starting_after".into(), Value::String(after.clone()));
                }
            }
            Pagination::None => {}
        }
        let answer = self.client.call_operation(self.op, Value::Object(params))?;
        let page: List<T> = parse_answer(self.op, answer)?;
        self.pages_fetched += 1;
        let mut more = page.has_more && !page.data.is_empty();
        match self.op.pagination {
            Pagination::Page { .. } => self.next_page += 1,
            Pagination::Cursor { .. } => {
                let last = page.data.last().and_then(HasId::object_id);
                more = more && last.is_some() && last != self.cursor;
                self.cursor = last;
            }
            Pagination::None => more = false,
        }
        self.done = !more;
        self.buffer.extend(page.data);
        Ok(())
    }
}

impl<T: DeserializeOwned + HasId> Iterator for ListIter<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.fetch() {
                self.done = true;
                return Some(Err(e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Returns;

    #[test]
    fn every_operation_has_exactly_one_typed_method() {
        let table: Vec<&str> = crate::operations().iter().map(|op| op.name).collect();
        let typed: Vec<&str> = TYPED_OPERATIONS.iter().map(|(name, _, _)| *name).collect();
        for name in &table {
            assert_eq!(typed.iter().filter(|t| *t == name).count(), 1, "{name}: typed methods");
        }
        for name in &typed {
            assert!(table.contains(name), "{name}: typed method without a table row");
        }
        assert_eq!(table.len(), typed.len());
    }

    #[test]
    fn method_arguments_are_the_path_parameters_but_app_id() {
        for (name, args, _) in TYPED_OPERATIONS {
            let op = find_operation(name).unwrap();
            let expected: Vec<&str> = op.path_params.iter().copied().filter(|p| *p != "app_id").collect();
            assert_eq!(args, &expected.as_slice(), "{name}");
        }
    }

    /// The model type of each kind.
    fn model_name(kind: Kind) -> &'static str {
        match kind {
            Kind::Charge => "Charge",
            Kind::Refund => "Refund",
            Kind::Order => "Order",
            Kind::OrderRefund => "OrderRefund",
            Kind::Event => "Event",
            Kind::SubApp => "SubApp",
            Kind::Channel => "Channel",
            Kind::Deleted => "Deleted",
            Kind::UploadPic => "UploadPic",
            Kind::CardBin => "CardBin",
            Kind::CardBinding => "CardBinding",
            Kind::User => "User",
            Kind::SettleAccount => "SettleAccount",
            Kind::CusApplication => "CusApplication",
            Kind::MchApplication => "MchApplication",
            Kind::Deposit => "Deposit",
            Kind::Withdrawal => "Withdrawal",
            Kind::Allocation => "Allocation",
            Kind::AllocationComplete => "AllocationComplete",
        }
    }

    #[test]
    fn return_types_match_the_table() {
        for (name, _, ret) in TYPED_OPERATIONS {
            let op = find_operation(name).unwrap();
            let expected = match op.returns {
                Returns::Object(kind) => model_name(kind).to_string(),
                Returns::List(kind) => format!("List<{}>", model_name(kind)),
            };
            assert_eq!(ret.replace(' ', ""), expected, "{name}");
            let is_list = matches!(op.returns, Returns::List(_));
            assert_eq!(is_list, op.pagination != Pagination::None, "{name} pagination");
        }
    }

    #[test]
    fn params_that_are_not_objects_are_refused() {
        let err = to_params(&5).unwrap_err();
        assert_eq!(err.code(), "invalid_json");
    }
}
