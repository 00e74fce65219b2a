// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QAbstractTableModel>

namespace StatusScope::Core {

// The hops of one chain as rows, filled live as the engine reports them: a row appears when a
// hop starts and is completed when it finishes. Views draw badges and the waterfall from the roles.
class ChainModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainModel)

public:
    enum Column {
        IndexColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        ReasonColumn,
        TimingColumn,
        WarningsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusRole = Qt::UserRole + 1, // int, or invalid while running / without a response
        ClassRole, // int StatusClass, when a status arrived
        StartRole, // double: ms from the chain's start to this hop's start
        DurationRole, // double: ms the hop took (so far, while running)
        ChainDurationRole, // double: ms of the whole chain, the waterfall's axis
        RunningRole, // bool
        WarningCountRole, // int
        SeverityRole, // int Severity of the worst warning, -1 without any
    };
    Q_ENUM(Role)

    explicit ChainModel(QObject *parent = nullptr);

    void clear();
    // Headers and the words in rows ("waiting…", "no response") come from tr() when asked for:
    // after a language change, views are told to ask again.
    void retranslate();
    // A new hop started `startMs` after the chain did.
    void hopStarted(int index, const QByteArray &method, const QUrl &url, double startMs);
    void hopFinished(const Hop &hop);
    void setChainDuration(double ms);
    // Replaces everything with a finished chain (history, tests).
    void setChain(const ChainResult &chain, const QList<double> &startsMs);

    const Hop *hopAt(int row) const;
    int hopCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Hop hop;
        double startMs = 0;
        bool running = true;
    };

    QList<Row> m_rows;
    double m_chainMs = 0;
};

} // namespace StatusScope::Core
