// SPDX-License-Identifier: MIT
#include "core/requests/chainjson.h"

#include "core/formats/chaindocument.h"
#include "core/requests/chainmasking.h"

namespace StatusScope::Core {

QJsonObject chainToJson(const ChainResult &chain, bool showSecrets)
{
    const MaskingPolicy policy{showSecrets ? SecretStorage::Plain : SecretStorage::Masked, {}};
    return chainToDocument(maskedChain(chain, policy), BodyBytes::LeftOut);
}

} // namespace StatusScope::Core
