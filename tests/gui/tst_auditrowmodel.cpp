// SPDX-License-Identifier: MIT
// The Audit page's table shows a password written in a URL masked, as the exports and the command
// line write it, a source typed without a scheme included; the row keeps it for a re-run.
#include "gui/auditview/auditrowmodel.h"

#include "core/requests/secrets.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

class tst_AuditRowModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlPasswordsMasked();
};

void tst_AuditRowModel::urlPasswordsMasked()
{
    Gui::AuditRowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Core::AuditRow row;
    row.source = u"ann:s3cret-pw@old.example/a"_s; // no scheme: QUrl alone reads "ann" as one
    row.finalUrl = u"https://bob:other-pw@new.example/a"_s;
    row.hasExpected = true;
    row.expectedTarget = u"https://bob:other-pw@new.example/b"_s;
    model.append({row});
    const QString mask = QString::fromUtf8(Core::credentialMask());
    QCOMPARE(model.index(0, Gui::AuditRowModel::SourceColumn).data().toString(),
             u"http://ann:"_s + mask + u"@old.example/a"_s);
    QCOMPARE(model.index(0, Gui::AuditRowModel::FinalUrlColumn).data().toString(),
             u"https://bob:"_s + mask + u"@new.example/a"_s);
    QVERIFY(!model.index(0, Gui::AuditRowModel::ExpectedColumn).data().toString().contains(u"other-pw"_s));
    QCOMPARE(model.row(0).source, row.source);
}

QTEST_MAIN(tst_AuditRowModel)
#include "tst_auditrowmodel.moc"
