#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace hc {

// A list of e-mail domains with their record counts: the owned domains of an infrastructure, or the largest
// external ones (Domains view).
class DomainsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DomainColumn, RecordsColumn, ColumnCount };
    enum Role {
        DomainRole = Qt::UserRole + 1, // the normalised domain (R1)
        RawValueRole,                  // the domain or the number, for sorting and tests
    };

    struct Row {
        QString domain; // normalised
        QString typed;  // as the administrator typed it (owned domains); empty otherwise
        qint64 records = 0;
        bool operator==(const Row &o) const { return domain == o.domain && typed == o.typed && records == o.records; }
    };

    explicit DomainsModel(QObject *parent = nullptr);

    // The same domains in the same order: one batched dataChanged (selection and scroll position stay); else a reset.
    void setRows(const QVector<Row> &rows);
    const QVector<Row> &rows() const { return m_rows; }
    // Row of a normalised domain, -1 when not listed.
    int rowOf(const QString &domain) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};

} // namespace hc
