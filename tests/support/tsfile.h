// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace StatusScope::Test {

// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, the plural forms, or none when untranslated
};

// Every message of a .ts file that still counts (obsolete and vanished ones left out), for tests
// that check the translations themselves. An unreadable file is a broken checkout: fatal.
inline QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    bool skip = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"context") {
                context.clear();
            } else if (xml.name() == u"name" && context.isEmpty()) {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                message = {context, {}, {}};
                skip = false;
            } else if (xml.name() == u"source") {
                message.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QStringView type = xml.attributes().value(QStringLiteral("type"));
                skip = type == u"obsolete" || type == u"vanished";
                // Plural forms come as <numerusform> children, a plain text otherwise.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else if (xml.isEndElement() && xml.name() == u"translation")
                        break;
                }
                if (message.translations.isEmpty() && !text.trimmed().isEmpty())
                    message.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == u"message" && !skip) {
            messages.append(message);
        }
    }
    return messages;
}

} // namespace StatusScope::Test
