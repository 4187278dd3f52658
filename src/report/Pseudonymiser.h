#pragma once

#include <QHash>
#include <QString>

namespace hc {

struct ReportData;

// Masks what identifies people in a report for sharing outside the company: names, usernames, e-mail addresses and
// their domains. Consistent within one report (the same value always gets the same pseudonym, so findings still
// line up), numbered in order of first appearance; counts are never touched.
class Pseudonymiser
{
public:
    QString name(const QString &name);         // "Person 0001"
    QString username(const QString &username); // "user-0001" (also when the username is an address)
    QString email(const QString &email);       // "person-0001@domain-001.example"; not an address: "invalid-0001"
    QString domain(const QString &domain);     // "domain-001.example"

    void apply(ReportData &data);

private:
    static QString numbered(QHash<QString, QString> &map, const QString &key, const QString &pattern, int width);

    QHash<QString, QString> m_names;
    QHash<QString, QString> m_usernames;
    QHash<QString, QString> m_emails;
    QHash<QString, QString> m_invalidEmails;
    QHash<QString, QString> m_domains;
};

} // namespace hc
