// SPDX-License-Identifier: MIT
#include "core/formats/pastedcharacters.h"

namespace StatusScope::Core {

namespace {

bool isBlank(Pasted kind)
{
    return kind == Pasted::Space || kind == Pasted::Invisible;
}

// The length of the blank `text` ends with (an ASCII space or tab, or a Unicode one); 0 for none.
qsizetype trailingBlank(QByteArrayView text)
{
    if (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        return 1;
    for (const qsizetype length : {2, 3}) {
        if (text.size() < length)
            break;
        const PastedCharacter last = pastedCharacter(text.last(length));
        if (isBlank(last.kind) && last.length == length)
            return length;
    }
    return 0;
}

} // namespace

PastedCharacter pastedCharacter(QByteArrayView text)
{
    const auto byte = [&](qsizetype k) { return k < text.size() ? uchar(text.at(k)) : 0; };
    if (byte(0) == 0xc2 && byte(1) == 0xa0) // no-break space
        return {Pasted::Space, 2};
    if (byte(0) == 0xe3 && byte(1) == 0x80 && byte(2) == 0x80) // ideographic space
        return {Pasted::Space, 3};
    if (byte(0) == 0xef && byte(1) == 0xbb && byte(2) == 0xbf) // byte order mark
        return {Pasted::Invisible, 3};
    if (byte(0) != 0xe2 || (byte(1) != 0x80 && byte(1) != 0x81) || byte(2) < 0x80)
        return {};
    const uint code = 0x2000 + (byte(1) - 0x80) * 0x40 + (byte(2) & 0x3f);
    if ((code >= 0x2000 && code <= 0x200a) || code == 0x202f || code == 0x205f)
        return {Pasted::Space, 3};
    if ((code >= 0x200b && code <= 0x200d) || code == 0x2060)
        return {Pasted::Invisible, 3};
    if (code >= 0x201c && code <= 0x201f) // “ ” „ ‟
        return {Pasted::DoubleQuote, 3};
    if (code >= 0x2018 && code <= 0x201b) // ‘ ’ ‚ ‛
        return {Pasted::SingleQuote, 3};
    return {};
}

QByteArray trimmedPastedBlanks(const QByteArray &text)
{
    QByteArrayView rest(text);
    for (;;) {
        if (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t')) {
            rest = rest.sliced(1);
            continue;
        }
        if (const PastedCharacter first = pastedCharacter(rest); isBlank(first.kind)) {
            rest = rest.sliced(first.length);
            continue;
        }
        if (const qsizetype last = trailingBlank(rest); last > 0) {
            rest.chop(last);
            continue;
        }
        break;
    }
    return rest.size() == text.size() ? text : rest.toByteArray();
}

QByteArray plainPastedBlanks(QByteArrayView text)
{
    QByteArray plain;
    plain.reserve(text.size());
    for (qsizetype at = 0; at < text.size();) {
        const PastedCharacter c = pastedCharacter(text.sliced(at));
        if (c.kind == Pasted::Space)
            plain += ' ';
        else if (c.kind != Pasted::Invisible)
            plain += text.sliced(at, c.length);
        at += c.length;
    }
    return plain;
}

} // namespace StatusScope::Core
