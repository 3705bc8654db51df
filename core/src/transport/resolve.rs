//! Name resolution that leaves no thread behind.
//!
//! ureq's default resolver looks a host up on a detached thread so that it can give up at
//! the timeout; when the answer comes in time that thread may still be exiting after the
//! request (and the program) has finished, which Memcheck reports as a leak in a POS
//! program that exits right after its last call. This resolver answers an IP address
//! without any lookup, and joins the lookup thread whenever it answered in time; only a
//! lookup that outlives its timeout is left to finish on its own.

use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::mpsc;
use std::thread;

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How many addresses ureq keeps from one lookup (its `MAX_ADDRS`).
const MAX_ADDRS: usize = 16;

/// The resolver of every agent (see the module documentation).
#[derive(Debug, Default)]
pub(crate) struct JoiningResolver;

impl Resolver for JoiningResolver {
    fn resolve(&self, uri: &Uri, config: &Config, timeout: NextTimeout) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return Err(ureq::Error::BadUri(format!("{uri} has no scheme or host")));
        };
        let host_port = DefaultResolver::host_and_port(scheme, authority)
            .ok_or_else(|| ureq::Error::BadUri(format!("unknown scheme: {scheme}")))?;
        let found: Vec<SocketAddr> = if let Ok(addr) = host_port.parse::<SocketAddr>() {
            vec![addr]
        } else if timeout.after.is_not_happening() {
            host_port.to_socket_addrs()?.collect()
        } else {
            lookup_within(host_port, timeout)?
        };
        let mut out = self.empty();
        for addr in config.ip_family().keep_wanted(found.into_iter()).take(MAX_ADDRS) {
            out.push(addr);
        }
        if out.is_empty() {
            return Err(ureq::Error::HostNotFound);
        }
        Ok(out)
    }
}

/// Looks `host_port` up on a thread, waiting at most the timeout; the thread is joined
/// when it answered in time.
fn lookup_within(host_port: String, timeout: NextTimeout) -> Result<Vec<SocketAddr>, ureq::Error> {
    let (tx, rx) = mpsc::sync_channel(1);
    let lookup = thread::spawn(move || {
        let _ = tx.send(host_port.to_socket_addrs().map(Iterator::collect::<Vec<_>>));
    });
    match rx.recv_timeout(*timeout.after) {
        Ok(answer) => {
            let _ = lookup.join();
            Ok(answer?)
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(ureq::Error::Timeout(timeout.reason)),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let _ = lookup.join();
            Err(ureq::Error::HostNotFound)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn next_timeout(after: Duration) -> NextTimeout {
        NextTimeout {
            after: after.into(),
            ..NextTimeout::default()
        }
    }

    fn resolve(uri: &str, after: Duration) -> Result<Vec<SocketAddr>, ureq::Error> {
        let uri: Uri = uri.parse().unwrap();
        JoiningResolver
            .resolve(&uri, &Config::default(), next_timeout(after))
            .map(|a| a.iter().copied().collect())
    }

    #[test]
    fn ip_addresses_and_default_ports_need_no_lookup() {
        let v4 = resolve("http://127.0.0.1:8787/v1/charges", Duration::from_secs(5)).unwrap();
        assert_eq!(v4, ["127.0.0.1:8787".parse().unwrap()]);
        let v6 = resolve("https://[::1]/v1", Duration::from_secs(5)).unwrap();
        assert_eq!(v6, ["[::1]:443".parse().unwrap()]);
    }

    #[test]
    fn names_are_looked_up_and_bad_uris_refused() {
        let local = resolve("http://localhost:9", Duration::from_secs(5)).unwrap();
        assert!(!local.is_empty() && local.iter().all(|a| a.ip().is_loopback() && a.port() == 9));
        let e = resolve("ftp://127.0.0.1/x", Duration::from_secs(5)).unwrap_err();
        assert!(matches!(e, ureq::Error::BadUri(_)), "{e}");
    }
}
