// SPDX-License-Identifier: MIT
#include "core/requests/requestspec.h"

namespace StatusScope::Core {

namespace {

bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const HeaderPair &h) { return sameName(h.first, name); });
}

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const HeaderPair &header : headers) {
        if (sameName(header.first, name))
            return header.second;
    }
    return {};
}

qsizetype removeHeader(HeaderList &headers, QByteArrayView name)
{
    return headers.removeIf([&](const HeaderPair &h) { return sameName(h.first, name); });
}

} // namespace StatusScope::Core
