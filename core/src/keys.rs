//! Parsing RSA keys in every format the official SDKs ship: PKCS#1 and PKCS#8
//! PEM, DER, bare base64 (Java), SPKI and `RSA PUBLIC KEY` PEM.
//!
//! Everything is normalised to PKCS#1 DER and handed to the crypto backend.
//! Errors say what is wrong with a key, never what is in it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use pkcs8::der::Decode;

use crate::error::{Error, Result};

/// Smallest RSA modulus accepted, in bits.
pub const MIN_RSA_BITS: usize = 2048;

const RSA_OID: pkcs8::ObjectIdentifier = pkcs8::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

/// A merchant private key, checked and normalised to PKCS#1 DER.
pub(crate) struct PrivateKeyDer {
    pub(crate) pkcs1: Vec<u8>,
}

/// A public key, checked and normalised to PKCS#1 `RSAPublicKey` DER.
pub(crate) struct PublicKeyDer {
    pub(crate) pkcs1: Vec<u8>,
}

/// The DER inside a key text, with the PEM label if there was armour.
struct Unarmoured {
    label: Option<String>,
    der: Vec<u8>,
}

fn invalid(msg: &str) -> Error {
    Error::InvalidKey(msg.to_string())
}

/// Strips a UTF-8 BOM, CRLF and whitespace; decodes PEM armour or bare base64;
/// passes DER through.
fn unarmour(input: &[u8]) -> Result<Unarmoured> {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    if input.first() == Some(&0x30) {
        return Ok(Unarmoured {
            label: None,
            der: input.to_vec(),
        });
    }
    let text = std::str::from_utf8(input).map_err(|_| invalid("key is neither PEM, base64 nor DER"))?;
    let text = text.trim();
    if text.is_empty() {
        return Err(invalid("key is empty"));
    }
    if let Some(after) = text.strip_prefix("-----BEGIN ") {
        let (label, rest) = after
            .split_once("-----")
            .ok_or_else(|| invalid("PEM header line is malformed"))?;
        let end_marker = format!("-----END {label}-----");
        let body = rest
            .split_once(end_marker.as_str())
            .map(|(b, _)| b)
            .ok_or_else(|| invalid("PEM END line is missing or does not match BEGIN"))?;
        if body.contains("ENCRYPTED") || label.contains("ENCRYPTED") {
            return Err(invalid("key is encrypted; give the unencrypted key"));
        }
        let b64: String = body
            .lines()
            .filter(|l| !l.contains(':'))
            .flat_map(|l| l.chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        let der = STANDARD
            .decode(b64)
            .map_err(|_| invalid("PEM body is not valid base64"))?;
        return Ok(Unarmoured {
            label: Some(label.to_string()),
            der,
        });
    }
    let b64: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let der = STANDARD
        .decode(b64)
        .map_err(|_| invalid("key is neither PEM, base64 nor DER"))?;
    Ok(Unarmoured { label: None, der })
}

fn modulus_bits(modulus: &[u8]) -> usize {
    let m = modulus
        .iter()
        .position(|b| *b != 0)
        .map(|i| &modulus[i..])
        .unwrap_or(&[]);
    match m.first() {
        Some(b) => m.len() * 8 - b.leading_zeros() as usize,
        None => 0,
    }
}

fn check_bits(modulus: &[u8]) -> Result<()> {
    let bits = modulus_bits(modulus);
    if bits < MIN_RSA_BITS {
        return Err(Error::InvalidKey(format!(
            "RSA key is {bits} bits; at least {MIN_RSA_BITS} are required"
        )));
    }
    Ok(())
}

/// An `EncryptedPrivateKeyInfo` starts with a PBES2 (1.2.840.113549.1.5.13) or
/// PKCS#12 PBE (1.2.840.113549.1.12.1.x) algorithm identifier.
fn looks_encrypted_pkcs8(der: &[u8]) -> bool {
    const PKCS5: &[u8] = &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05];
    const PKCS12: &[u8] = &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C];
    let head = &der[..der.len().min(24)];
    head.windows(PKCS5.len()).any(|w| w == PKCS5 || w == PKCS12)
}

fn looks_public(der: &[u8]) -> bool {
    spki::SubjectPublicKeyInfoRef::from_der(der).is_ok() || pkcs1::RsaPublicKey::from_der(der).is_ok()
}

/// Parses a merchant RSA private key.
pub(crate) fn parse_private_key(input: &[u8]) -> Result<PrivateKeyDer> {
    let u = unarmour(input)?;
    match u.label.as_deref() {
        None | Some("RSA PRIVATE KEY") | Some("PRIVATE KEY") => {}
        Some("ENCRYPTED PRIVATE KEY") => return Err(invalid("key is encrypted; give the unencrypted key")),
        Some("PUBLIC KEY") | Some("RSA PUBLIC KEY") => {
            return Err(invalid("a public key was given where the merchant private key belongs"))
        }
        Some(other) if other.contains("PRIVATE KEY") => {
            return Err(Error::InvalidKey(format!("not an RSA key (PEM label `{other}`)")))
        }
        Some(other) => return Err(Error::InvalidKey(format!("unexpected PEM label `{other}`"))),
    }
    if let Ok(rsa) = pkcs1::RsaPrivateKey::from_der(&u.der) {
        check_bits(rsa.modulus.as_bytes())?;
        return Ok(PrivateKeyDer { pkcs1: u.der });
    }
    if let Ok(info) = pkcs8::PrivateKeyInfo::from_der(&u.der) {
        if info.algorithm.oid != RSA_OID {
            return Err(invalid("not an RSA key (PKCS#8 algorithm is not rsaEncryption)"));
        }
        let rsa = pkcs1::RsaPrivateKey::from_der(info.private_key)
            .map_err(|_| invalid("PKCS#8 key does not hold a valid RSA private key"))?;
        check_bits(rsa.modulus.as_bytes())?;
        return Ok(PrivateKeyDer {
            pkcs1: info.private_key.to_vec(),
        });
    }
    if looks_encrypted_pkcs8(&u.der) {
        return Err(invalid("key is encrypted; give the unencrypted key"));
    }
    if looks_public(&u.der) {
        return Err(invalid("a public key was given where the merchant private key belongs"));
    }
    Err(invalid("not an RSA private key (expected PKCS#1 or PKCS#8)"))
}

/// Parses the Ping++ public key (or any RSA public key).
pub(crate) fn parse_public_key(input: &[u8]) -> Result<PublicKeyDer> {
    let u = unarmour(input)?;
    let private_here = "a private key was given where the Ping++ public key belongs; \
                        use the Ping++ public key from the dashboard";
    match u.label.as_deref() {
        None | Some("PUBLIC KEY") | Some("RSA PUBLIC KEY") => {}
        Some(l) if l.contains("PRIVATE KEY") => return Err(invalid(private_here)),
        Some(other) => return Err(Error::InvalidKey(format!("unexpected PEM label `{other}`"))),
    }
    if let Ok(info) = spki::SubjectPublicKeyInfoRef::from_der(&u.der) {
        if info.algorithm.oid != RSA_OID {
            return Err(invalid("not an RSA key (SPKI algorithm is not rsaEncryption)"));
        }
        let bits = info
            .subject_public_key
            .as_bytes()
            .ok_or_else(|| invalid("SPKI bit string is malformed"))?;
        let rsa = pkcs1::RsaPublicKey::from_der(bits).map_err(|_| invalid("SPKI does not hold an RSA public key"))?;
        check_bits(rsa.modulus.as_bytes())?;
        return Ok(PublicKeyDer { pkcs1: bits.to_vec() });
    }
    if let Ok(rsa) = pkcs1::RsaPublicKey::from_der(&u.der) {
        check_bits(rsa.modulus.as_bytes())?;
        return Ok(PublicKeyDer { pkcs1: u.der });
    }
    if pkcs1::RsaPrivateKey::from_der(&u.der).is_ok() || pkcs8::PrivateKeyInfo::from_der(&u.der).is_ok() {
        return Err(invalid(private_here));
    }
    Err(invalid("not an RSA public key (expected SPKI or PKCS#1)"))
}

/// Wraps a PKCS#1 `RSAPublicKey` DER into SPKI and armours it as `BEGIN PUBLIC KEY`.
pub(crate) fn pkcs1_public_to_spki_pem(pkcs1_der: &[u8]) -> String {
    use pkcs8::der::asn1::BitStringRef;
    use pkcs8::der::Encode;
    let spki = spki::SubjectPublicKeyInfoRef {
        algorithm: spki::AlgorithmIdentifierRef {
            oid: RSA_OID,
            parameters: Some(pkcs8::der::asn1::AnyRef::NULL),
        },
        subject_public_key: BitStringRef::from_bytes(pkcs1_der).expect("a DER byte string fits a bit string"),
    };
    let der = spki.to_der().expect("SPKI of a valid key encodes");
    let b64 = STANDARD.encode(der);
    let mut pem = String::from("-----BEGIN PUBLIC KEY-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        pem.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        pem.push('\n');
    }
    pem.push_str("-----END PUBLIC KEY-----\n");
    pem
}
