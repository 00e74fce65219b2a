// SPDX-License-Identifier: MIT
// libFuzzer target: the curl command parser must never crash, hang or loop, whatever is pasted.
// Whatever it accepts must survive a round trip through toCurlCommand().
#include "core/formats/curlcommand.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString command = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto parsed = StatusScope::Core::parseCurlCommand(command, &error);
    if (!parsed)
        return 0;
    const QString again = StatusScope::Core::toCurlCommand(parsed->request);
    const auto reparsed = StatusScope::Core::parseCurlCommand(again, &error);
    if (!reparsed || reparsed->request.method != parsed->request.method
        || reparsed->request.body != parsed->request.body)
        std::abort(); // what we write, we must read back
    return 0;
}
