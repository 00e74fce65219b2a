// SPDX-License-Identifier: MIT
#include "testca.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Test {

namespace {

// Our own openssl configuration, so the result does not depend on the system's openssl.cnf.
// `openssl ca` is used for every signature because it is the only 3.0 command that takes a start
// date, which the expired and not-yet-valid certificates need.
QByteArray caConfig(const QString &folder)
{
    return QStringLiteral(R"([ca]
default_ca = test_ca

[test_ca]
database = %1/index.txt
new_certs_dir = %1/signed
serial = %1/serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no

[policy_any]
commonName = supplied
organizationName = optional

[req]
distinguished_name = req_dn
prompt = no

[req_dn]

[root_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[intermediate_ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
)")
        .arg(folder)
        .toUtf8();
}

// UTCTime, which every openssl reads for -startdate and -enddate.
QString certificateTime(int daysFromNow)
{
    return QDateTime::currentDateTimeUtc().addDays(daysFromNow).toString(u"yyMMddHHmmss"_s) + u'Z';
}

QString subjectAltName(const QStringList &names)
{
    QStringList entries;
    for (const QString &name : names)
        entries << (QHostAddress(name).isNull() ? u"DNS:"_s : u"IP:"_s) + name;
    return entries.join(u", "_s);
}

bool appendFile(const QString &from, QFile &to)
{
    QFile file(from);
    return file.open(QIODevice::ReadOnly) && to.write(file.readAll()) >= 0;
}

} // namespace

TestCa::TestCa(const QString &folder)
    : m_folder(folder)
{
    if (!available()) {
        m_error = u"openssl is not installed (Debian package openssl)"_s;
        return;
    }
    if (!QDir().mkpath(path(u"signed"_s))) {
        m_error = u"cannot create "_s + path(u"signed"_s);
        return;
    }
    QFile config(path(u"ca.cnf"_s));
    QFile index(path(u"index.txt"_s));
    QFile serial(path(u"serial"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(caConfig(m_folder)) < 0
        || !index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
        || serial.write("1000\n") < 0) {
        m_error = u"cannot write the CA files in "_s + m_folder;
        return;
    }
    config.close();
    index.close();
    serial.close();
    // Valid since a year ago, so certificates dated in the past still nest inside their issuer.
    if (!makeKey(path(u"root.key"_s))
        || !sign(u"root"_s, u"/O=StatusScope tests/CN=StatusScope Test Root CA"_s, u"root_ext"_s, -365, 3650,
                 false, true)
        || !makeKey(path(u"intermediate.key"_s))
        || !sign(u"intermediate"_s, u"/O=StatusScope tests/CN=StatusScope Test Intermediate CA"_s,
                 u"intermediate_ext"_s, -365, 3650, false)
        || !run({u"x509"_s, u"-in"_s, rootPem(), u"-outform"_s, u"DER"_s, u"-out"_s, rootDer()}))
        return;
}

bool TestCa::available()
{
    return !QStandardPaths::findExecutable(u"openssl"_s).isEmpty();
}

QString TestCa::path(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

QString TestCa::rootPem() const
{
    return path(u"root.pem"_s);
}

QString TestCa::rootDer() const
{
    return path(u"root.der"_s);
}

QString TestCa::intermediatePem() const
{
    return path(u"intermediate.pem"_s);
}

bool TestCa::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.setWorkingDirectory(m_folder);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(arguments.join(u' '), openssl.errorString(),
                                                    QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return false;
    }
    return true;
}

bool TestCa::makeKey(const QString &file)
{
    return run(
        {u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s, u"-out"_s, file});
}

// Signs NAME.key's request as NAME.pem with the extensions section `extensions` (from ca.cnf, or
// from NAME.ext when that file exists).
bool TestCa::sign(const QString &name, const QString &subject, const QString &extensions, int daysFrom,
                  int daysTo, bool byIntermediate, bool selfSign)
{
    const QString request = path(name + u".csr"_s);
    if (!run({u"req"_s, u"-new"_s, u"-config"_s, path(u"ca.cnf"_s), u"-key"_s, path(name + u".key"_s),
              u"-subj"_s, subject, u"-out"_s, request}))
        return false;
    QStringList arguments{u"ca"_s,
                          u"-batch"_s,
                          u"-notext"_s,
                          u"-config"_s,
                          path(u"ca.cnf"_s),
                          u"-in"_s,
                          request,
                          u"-out"_s,
                          path(name + u".pem"_s),
                          u"-startdate"_s,
                          certificateTime(daysFrom),
                          u"-enddate"_s,
                          certificateTime(daysTo),
                          u"-extensions"_s,
                          extensions};
    const QString extensionFile = path(name + u".ext"_s);
    if (QFile::exists(extensionFile))
        arguments << u"-extfile"_s << extensionFile;
    if (selfSign) {
        arguments << u"-selfsign"_s << u"-keyfile"_s << path(name + u".key"_s);
    } else {
        const QString issuer = byIntermediate ? u"intermediate"_s : u"root"_s;
        arguments << u"-cert"_s << path(issuer + u".pem"_s) << u"-keyfile"_s << path(issuer + u".key"_s);
    }
    return run(arguments);
}

QString TestCa::nextStem(const QString &kind)
{
    return u"%1-%2"_s.arg(kind).arg(++m_count);
}

TestCa::Issued TestCa::issue(const QString &stem, const QStringList &names, const QString &extensions,
                             int daysFrom, int daysTo, bool viaIntermediate)
{
    if (!isValid() || names.isEmpty())
        return {};
    QFile extensionFile(path(stem + u".ext"_s));
    if (!extensionFile.open(QIODevice::WriteOnly) || extensionFile.write(extensions.toUtf8()) < 0) {
        m_error = u"cannot write "_s + extensionFile.fileName();
        return {};
    }
    extensionFile.close();
    const QString subject = u"/O=StatusScope tests/CN="_s + names.first();
    const bool selfSign = stem.startsWith(u"selfsigned"_s);
    if (!makeKey(path(stem + u".key"_s))
        || !sign(stem, subject, u"leaf_ext"_s, daysFrom, daysTo, viaIntermediate, selfSign))
        return {};
    Issued issued{path(stem + u".pem"_s), path(stem + u".key"_s), path(stem + u"-chain.pem"_s)};
    QFile chain(issued.chain);
    if (!chain.open(QIODevice::WriteOnly) || !appendFile(issued.certificate, chain)
        || (viaIntermediate && !appendFile(intermediatePem(), chain))) {
        m_error = u"cannot write "_s + issued.chain;
        return {};
    }
    return issued;
}

TestCa::Issued TestCa::server(const QStringList &names, int daysFrom, int daysTo, bool viaIntermediate)
{
    const QString extensions = u"[leaf_ext]\n"
                               "basicConstraints = CA:FALSE\n"
                               "keyUsage = critical, digitalSignature, keyEncipherment\n"
                               "extendedKeyUsage = serverAuth\n"
                               "subjectKeyIdentifier = hash\n"
                               "authorityKeyIdentifier = keyid\n"
                               "subjectAltName = %1\n"_s.arg(subjectAltName(names));
    return issue(nextStem(u"server"_s), names, extensions, daysFrom, daysTo, viaIntermediate);
}

TestCa::Issued TestCa::selfSigned(const QStringList &names)
{
    const QString extensions = u"[leaf_ext]\n"
                               "basicConstraints = CA:FALSE\n"
                               "keyUsage = critical, digitalSignature, keyEncipherment, keyCertSign\n"
                               "extendedKeyUsage = serverAuth\n"
                               "subjectKeyIdentifier = hash\n"
                               "subjectAltName = %1\n"_s.arg(subjectAltName(names));
    return issue(nextStem(u"selfsigned"_s), names, extensions, -1, 30, false);
}

TestCa::Issued TestCa::client(const QString &commonName)
{
    const QString extensions = u"[leaf_ext]\n"
                               "basicConstraints = CA:FALSE\n"
                               "keyUsage = critical, digitalSignature, keyEncipherment\n"
                               "extendedKeyUsage = clientAuth\n"
                               "subjectKeyIdentifier = hash\n"
                               "authorityKeyIdentifier = keyid\n"_s;
    return issue(nextStem(u"client"_s), {commonName}, extensions, -1, 30, false);
}

QString TestCa::pkcs12(const Issued &issued, const QString &password)
{
    if (!isValid() || issued.certificate.isEmpty())
        return {};
    const QString file = QFileInfo(issued.certificate).path() + u'/'
        + QFileInfo(issued.certificate).completeBaseName() + u".p12"_s;
    // The chain file also carries the intermediate when it signed the certificate.
    if (!run({u"pkcs12"_s, u"-export"_s, u"-in"_s, issued.chain, u"-inkey"_s, issued.key, u"-name"_s,
              QFileInfo(issued.certificate).completeBaseName(), u"-passout"_s, u"pass:"_s + password,
              u"-out"_s, file}))
        return {};
    return file;
}

} // namespace StatusScope::Test
