// SPDX-License-Identifier: MIT
#include "core/requests/safetext.h"

#include "core/requests/locationresolver.h"

#include <algorithm>

#include "core/requests/secrets.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

bool isHidden(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control: // C0, DEL and C1
    case QChar::Other_Format: // bidirectional controls, zero-width characters, BOM
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// \x1B, \u202E: a backslash, the letter, then upper-case hex digits.
QString hexEscape(char16_t letter, uint value, int width)
{
    return u'\\' + QString(QChar(letter)) + QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

void append(QString &out, char32_t codePoint)
{
    if (!isHidden(codePoint))
        out += QString::fromUcs4(&codePoint, 1);
    else if (codePoint < 0x80)
        out += hexEscape(u'x', codePoint, 2);
    else
        out += hexEscape(u'u', codePoint, 4);
}

// The length of the UTF-8 sequence at `i` and its code point, or 0 when the bytes there are not
// well-formed UTF-8 (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF).
int decodeOne(QByteArrayView bytes, qsizetype i, char32_t *codePoint)
{
    const auto byte = [&bytes](qsizetype at) { return uchar(bytes.at(at)); };
    const uchar lead = byte(i);
    int length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        value = lead & 0x1f;
        minimum = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        value = lead & 0x0f;
        minimum = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const uchar next = byte(i + k);
        if ((next & 0xc0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3f);
    }
    if (value < minimum || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return 0;
    *codePoint = value;
    return length;
}

} // namespace

QString escapeBytesForDisplay(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar byte = uchar(bytes.at(i));
        if (byte < 0x80) {
            append(out, byte);
            ++i;
            continue;
        }
        char32_t codePoint = 0;
        if (const int length = decodeOne(bytes, i, &codePoint)) {
            append(out, codePoint);
            i += length;
        } else {
            out += hexEscape(u'x', byte, 2);
            ++i;
        }
    }
    return out;
}

QString escapeForDisplay(const QString &text)
{
    // Most text needs nothing: hand back the same string, still sharing its buffer. Printable
    // ASCII (every URL, header name and status line of a well-behaved server) is told at a glance,
    // without decoding the text into code points first.
    if (std::all_of(text.cbegin(), text.cend(),
                    [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; }))
        return text;
    const QList<uint> codePoints = text.toUcs4();
    if (std::none_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return isHidden(c); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const char32_t codePoint : codePoints)
        append(out, codePoint);
    return out;
}

namespace {

// Cyrillic letters that read as Latin ones: a name made only of them ("аррӏе") spoofs a Latin
// name outright. The list browsers use for the same check.
constexpr QStringView LatinLookalikes = u"асԁеһіјӏорԛѕԝхуъьҽпгѵѡ";

bool readsUnambiguously(const QString &label, bool asciiTopLevel)
{
    QSet<QChar::Script> scripts;
    bool onlyLookalikes = true;
    for (const char32_t codePoint : label.toUcs4()) {
        const QChar::Script script = QChar::script(codePoint);
        if (codePoint < 0x80)
            onlyLookalikes = onlyLookalikes && !QChar::isLetter(codePoint);
        else if (script == QChar::Script_Common || script == QChar::Script_Inherited
                 || script == QChar::Script_Unknown)
            return false; // "∕" (division slash), "。", combining dots: look like what they are not
        else
            onlyLookalikes = onlyLookalikes && LatinLookalikes.contains(QString::fromUcs4(&codePoint, 1));
        if (QChar::isLetter(codePoint))
            scripts.insert(script);
    }
    if (scripts.size() <= 1)
        return !(asciiTopLevel && scripts.contains(QChar::Script_Cyrillic) && onlyLookalikes);
    const auto within = [&](std::initializer_list<QChar::Script> allowed) {
        return std::all_of(scripts.cbegin(), scripts.cend(), [&](QChar::Script script) {
            return std::find(allowed.begin(), allowed.end(), script) != allowed.end();
        });
    };
    using S = QChar::Script;
    return within({S::Script_Latin, S::Script_Han, S::Script_Hiragana, S::Script_Katakana})
        || within({S::Script_Latin, S::Script_Han, S::Script_Bopomofo})
        || within({S::Script_Latin, S::Script_Han, S::Script_Hangul});
}

} // namespace

QString displayHostAndPort(const QUrl &url)
{
    return displayHost(url) + u':' + QString::number(effectivePort(url));
}

QString displayHost(const QUrl &url)
{
    const QString ace = url.host(QUrl::FullyEncoded);
    if (ace.contains(u':'))
        return u'[' + ace + u']'; // IPv6
    QStringList labels = ace.split(u'.');
    const bool asciiTopLevel = !labels.constLast().startsWith(u"xn--"_s, Qt::CaseInsensitive);
    for (QString &label : labels) {
        if (!label.startsWith(u"xn--"_s, Qt::CaseInsensitive))
            continue;
        // Our own rules decide, not QUrl's list of top-level domains.
        const QString unicode = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
        if (unicode != label && readsUnambiguously(unicode, asciiTopLevel))
            label = unicode;
    }
    return escapeForDisplay(labels.join(u'.'));
}

QString displayUrl(const QUrl &url)
{
    if (url.host().isEmpty())
        return escapeForDisplay(maskUrlPassword(url).toString());
    QString text;
    if (!url.scheme().isEmpty())
        text += url.scheme() + u':';
    text += u"//"_s;
    if (!url.userName().isEmpty()) {
        text += url.userName();
        if (!url.password().isEmpty())
            text += u':' + QString::fromUtf8(credentialMask());
        text += u'@';
    }
    text += displayHost(url);
    if (url.port() >= 0)
        text += u':' + QString::number(url.port());
    return escapeForDisplay(text + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
}

} // namespace StatusScope::Core
