// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QPalette>

namespace StatusScope::Core {
class StatusCatalogue;
}

// Rich text for the tabs of the selected hop in the request console. Status codes link to the
// catalogue (statusscope:code/NNN); spec references link to the RFC text.
namespace StatusScope::Gui {

QString hopMeaningHtml(const Core::Hop &hop, const Core::StatusCatalogue &catalogue, const QPalette &palette);
// Credentials and the headers named in `secretHeaders` are masked unless `showSecrets`.
// `answered`: the hop whose 401 or 407 this one answered (hop.auth.answeredHop), when known.
QString hopRequestHtml(const Core::Hop &hop, const Core::Hop *previous, bool showSecrets,
                       const QPalette &palette, const QList<QByteArray> &secretHeaders = {},
                       const Core::Hop *answered = nullptr);
// How the hop reached its server and the credentials it carried, a translated sentence each and
// never a secret: the proxy, the pinned address, the HTTP version asked, the authentication round.
// Plain text: escape it for rich text.
QStringList hopRouteSentences(const Core::Hop &hop, const Core::Hop *answered = nullptr);
QString hopTimingHtml(const Core::Hop &hop, const QPalette &palette);
QString hopTlsHtml(const Core::Hop &hop, const QPalette &palette);

// Orders the catalogue meanings of a hop's code with the likely one first: a Server header that
// names a vendor (nginx, cloudflare, Microsoft-IIS…) moves that vendor's meaning up.
QList<Core::HopMeaning> likelyMeaningsFirst(const Core::Hop &hop);

// A link to the RFC section a spec reference names ("RFC 9110 §15.4.3"), or an empty URL.
QUrl specLink(const QString &spec);

} // namespace StatusScope::Gui
