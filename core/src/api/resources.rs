//! Typed methods over the operation table: `client.orders().create(&params)`.
