// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

namespace StatusScope::Core {

// Writes JSON text straight into a byte array, byte for byte as QJsonDocument::toJson() would
// write the same values once put into a QJsonObject: without building the QJsonObject first,
// which costs more than the writing (every insert copies the nested values into CBOR form).
//
// What it copies from Qt 6.4's writer: an object's members come out sorted by key, as a
// QJsonObject keeps them (members written out of order are put in order when their object ends,
// so the order of the calls does not matter, only its cost); four spaces a level, "\"key\": " and
// ",\n" between members in the indented form, nothing extra in the compact one; an empty object
// or array still opens a line in the indented form ("{\n" then its closing indentation); a whole
// number stored as a double within ±2^53 written as an integer; other doubles in the shortest
// form that reads back the same, a non-finite one as null; strings as UTF-8 with ", \, the
// short escapes and \u00xx for other control characters, and \uxxxx (lowercase) for a lone
// surrogate.
//
// Keys are ASCII words written as they are (ours are all literals): no escaping, and each key at
// most once per object.
class JsonTextWriter
{
public:
    // `level`: how deep the first value sits in a larger indented document, whose writer adds the
    // line break and separator around it. Level 0 is a document of its own; toJson() ends that
    // with a line break in the indented form, which the caller adds (finishDocument()).
    JsonTextWriter(QByteArray &out, QJsonDocument::JsonFormat format, int level = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView key); // inside an object, before each member's value

    void value(QStringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void value(std::nullptr_t); // null
    void value(const char *) = delete; // would otherwise quietly become a bool

    // The indented document's final line break, as QJsonDocument::toJson() writes it.
    void finishDocument();

private:
    struct Member
    {
        QLatin1StringView key;
        qsizetype start; // where its indentation begins
    };
    struct Level
    {
        bool object;
        qsizetype count = 0;
        qsizetype firstMember = 0; // in m_members
        bool sorted = true;
    };

    void startValue(); // the separator and indentation an array element needs
    void indent(qsizetype depth);
    void close(char bracket);
    void sortMembers(const Level &level);
    void writeInteger(qint64 number);
    bool writeThousandths(double number);

    QByteArray &m_out;
    const bool m_compact;
    const int m_base;
    QVarLengthArray<Level, 8> m_levels;
    QVarLengthArray<Member, 48> m_members; // the members of every open object, innermost last
};

} // namespace StatusScope::Core
