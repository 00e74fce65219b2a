// SPDX-License-Identifier: MIT
// libFuzzer target: header validation, the gate before anything is sent. A header line the console
// or the CLI accepts can never split the request: its name is a token and its value holds no CR,
// LF, NUL or other control byte but tab. A refusal is a sentence.
#include "core/requests/requestvalidation.h"

#include <cstdint>
#include <cstdlib>

using namespace StatusScope::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // As typed in a header row: "Name: value".
    QString error;
    const std::optional<HeaderPair> parsed = parseHeaderLine(QString::fromUtf8(bytes), &error);
    if (!parsed) {
        if (error.isEmpty())
            std::abort();
    } else if (const auto problem = validateHeader(parsed->first, parsed->second); !problem) {
        if (!isToken(parsed->first))
            std::abort();
        for (const char c : parsed->second) {
            const auto byte = uchar(c);
            if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
                std::abort();
        }
    }
    // As given separately, split at the first NUL: whatever passes is safe on the wire.
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray name = split < 0 ? bytes : bytes.left(split);
    const QByteArray value = split < 0 ? QByteArray() : bytes.mid(split + 1);
    if (const auto problem = validateHeader(name, value)) {
        if (problem->isEmpty())
            std::abort();
        return 0;
    }
    if (!isToken(name) || name.contains(':') || value.contains('\r') || value.contains('\n')
        || value.contains('\0'))
        std::abort();
    return 0;
}
