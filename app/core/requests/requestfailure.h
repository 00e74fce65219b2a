// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QString>

class QNetworkReply;
class QUrl;

namespace StatusScope::Core {

class SpeedWindow;

// Why RequestEngine ended a hop before Qt did, if it did.
enum class HopAbort { None, Cancel, Timeout, ConnectTimeout, Deadline, BodyCap, LowSpeed, DecodeFailed };

// What ended a hop badly, in a sentence a person can act on: sets result.error or result.stop
// (nothing when the hop ended well) and adds to `hop` the warnings that explain it. `reply` is the
// hop's finished reply; `shortBody`, that a status arrived with fewer body bytes than its
// Content-Length announced; `speed`, the hop's low-speed window, for the sentence when it fired.
void classifyFailure(HopAbort abort, QNetworkReply *reply, bool shortBody, const SpeedWindow &speed, Hop &hop,
                     ChainResult &result);

} // namespace StatusScope::Core
