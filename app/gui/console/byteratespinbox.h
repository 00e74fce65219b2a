// SPDX-License-Identifier: MIT
#pragma once

#include <QSpinBox>

#include <optional>

namespace StatusScope::Gui {

// A rate in bytes per second, shown as people read sizes ("200 bytes/s", "1.5 KiB/s", "2 MiB/s")
// and typed the same way or as a plain number of bytes. value() stays the exact byte count: a
// value nobody edited is never rounded to what its text shows.
class ByteRateSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteRateSpinBox)

public:
    explicit ByteRateSpinBox(QWidget *parent = nullptr);

    // "2 KiB/s", "2k", "1,5 MiB" (in `locale`), "300": bytes per second; nothing when the text
    // is not a rate. Units are binary (K = 1024), as readableSize() writes them.
    static std::optional<qint64> parseRate(const QString &text, const QLocale &locale);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    void changeEvent(QEvent *event) override;
};

} // namespace StatusScope::Gui
