#!/bin/sh
# Regenerates the certificate fixtures of the signing tests with the JDK's keytool only.
# The outputs are committed, so tests never run this script; run it from any directory:
#   sh savitarna-sdk-signing/src/test/resources/certs/generate.sh
#
# Signer certificates live far in the future (tests set their clock to 2032-06-01T00:00:00Z),
# so that no test depends on today's date. The TLS server certificate is checked by the JDK
# against the real time, so it is valid from 2025 for a century.
#
# Outputs (password "changeit": these are test keys, never used anywhere else):
#   test-ca.pem     the trusted CA of the signer certificates
#   rogue-ca.pem    a CA nobody trusts, with the same kind of certificates
#   users.p12       signer keys and certificates, one alias each (see below)
#   tls-ca.pem      the CA of the loopback HTTPS server
#   tls-server.p12  the loopback HTTPS server's key (alias "server"), for 127.0.0.1 and localhost
set -eu

OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PW=changeit
KT="keytool -storetype PKCS12 -storepass $PW -keypass $PW"

ca() { # alias dname startdate validity
  $KT -genkeypair -keystore "$WORK/$1.p12" -alias "$1" -keyalg RSA -keysize 2048 -sigalg SHA256withRSA \
      -dname "$2" -startdate "$3" -validity "$4" \
      -ext bc:c=ca:true,pathlen:0 -ext KU:c=keyCertSign,cRLSign
  $KT -exportcert -rfc -keystore "$WORK/$1.p12" -alias "$1" -file "$OUT/$1.pem"
  $KT -importcert -noprompt -keystore "$OUT/users.p12" -alias "$1" -file "$OUT/$1.pem"
}

user() { # alias issuer keyalg dname keyusage startdate validity
  case "$3" in
    EC) keyopts="-keyalg EC -groupname secp256r1" ;;
    *) keyopts="-keyalg RSA -keysize 2048" ;;
  esac
  # shellcheck disable=SC2086
  $KT -genkeypair -keystore "$OUT/users.p12" -alias "$1" $keyopts -dname "$4" -validity 1
  $KT -certreq -keystore "$OUT/users.p12" -alias "$1" -file "$WORK/$1.csr"
  $KT -gencert -keystore "$WORK/$2.p12" -alias "$2" -infile "$WORK/$1.csr" -outfile "$WORK/$1.crt" -rfc \
      -sigalg SHA256withRSA -startdate "$6" -validity "$7" -ext "KU:c=$5"
  $KT -importcert -noprompt -keystore "$OUT/users.p12" -alias "$1" -file "$WORK/$1.crt"
}

rm -f "$OUT/users.p12" "$OUT/tls-server.p12" "$OUT"/*.pem

ca test-ca "CN=Savitarna TEST signer CA,O=Savitarna SDK tests,C=LT" "2030/01/01 00:00:00" 7300
ca rogue-ca "CN=Rogue signer CA,O=Nobody,C=LT" "2030/01/01 00:00:00" 7300

PERSON="SERIALNUMBER=PNOLT-30303039914,GIVENNAME=JONAS,SURNAME=ŽEMDIRBYS,CN=ŽEMDIRBYS\\,JONAS\\,PNOLT-30303039914,C=LT"
OTHER="SERIALNUMBER=PNOLT-30403039917,GIVENNAME=ONA,SURNAME=KITA,CN=KITA\\,ONA\\,PNOLT-30403039917,C=LT"
MOBILE="SERIALNUMBER=PNOLT-50001018865,GIVENNAME=MARY ÄNN,SURNAME=O’CONNEŽ-ŠUSLIK TESTNUMBER,CN=O’CONNEŽ-ŠUSLIK TESTNUMBER\\,MARY ÄNN\\,50001018865,C=LT"

# Smart-ID-like RSA signers, 3 years.
user sid-auth test-ca RSA "$PERSON" digitalSignature "2031/01/01 00:00:00" 1095
user sid-sign test-ca RSA "$PERSON" nonRepudiation "2031/01/01 00:00:00" 1095
user sid-other test-ca RSA "$OTHER" digitalSignature "2031/01/01 00:00:00" 1095
user sid-expired test-ca RSA "$PERSON" digitalSignature "2030/01/01 00:00:00" 365
user rogue-auth rogue-ca RSA "$PERSON" digitalSignature "2031/01/01 00:00:00" 1095
# Mobile-ID-like EC signers, 2 years; the signing one expires 13 days after the test clock.
user mid-auth test-ca EC "$MOBILE" digitalSignature "2031/01/01 00:00:00" 730
user mid-sign test-ca EC "$MOBILE" nonRepudiation "2030/06/15 00:00:00" 730
# A company seal for the local-key provider.
user seal test-ca RSA "CN=UAB Agrokoncernas e-seal,O=UAB Agrokoncernas,C=LT" digitalSignature,nonRepudiation \
    "2031/01/01 00:00:00" 1095

# The loopback HTTPS server, checked against the real time.
$KT -genkeypair -keystore "$WORK/tls-ca.p12" -alias tls-ca -keyalg RSA -keysize 2048 \
    -dname "CN=Savitarna TEST TLS CA,C=LT" -startdate "2025/01/01 00:00:00" -validity 36500 \
    -ext bc:c=ca:true,pathlen:0 -ext KU:c=keyCertSign,cRLSign
$KT -exportcert -rfc -keystore "$WORK/tls-ca.p12" -alias tls-ca -file "$OUT/tls-ca.pem"
$KT -importcert -noprompt -keystore "$OUT/tls-server.p12" -alias tls-ca -file "$OUT/tls-ca.pem"
$KT -genkeypair -keystore "$OUT/tls-server.p12" -alias server -keyalg RSA -keysize 2048 -dname "CN=127.0.0.1" -validity 1
$KT -certreq -keystore "$OUT/tls-server.p12" -alias server -file "$WORK/server.csr"
$KT -gencert -keystore "$WORK/tls-ca.p12" -alias tls-ca -infile "$WORK/server.csr" -outfile "$WORK/server.crt" -rfc \
    -startdate "2025/01/01 00:00:00" -validity 36500 \
    -ext SAN=ip:127.0.0.1,dns:localhost -ext KU:c=digitalSignature,keyEncipherment -ext EKU=serverAuth
$KT -importcert -noprompt -keystore "$OUT/tls-server.p12" -alias server -file "$WORK/server.crt"
$KT -delete -keystore "$OUT/tls-server.p12" -alias tls-ca

echo "fixtures written to $OUT"
