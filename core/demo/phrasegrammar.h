#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace herald::demo {

class Random;

// A small generative grammar for copy. Rules are written one per line, "name = one | two | three", with
// continuation lines that start with "|". In an alternative:
//   {rule}      expands a rule; "rule.<flavour>" is tried first for each flavour set (tone, campaign kind)
//   {^rule}     the same, with its first letter capitalised
//   {$var}      a variable of the current campaign ({^$var} capitalised)
//   {{...}}     a merge tag, copied through for the ESP (or Herald's preview) to fill per recipient
class PhraseGrammar
{
public:
    explicit PhraseGrammar(const QString &rules);

    // Variants to prefer, most specific first ("urgent", "promotion").
    void setFlavours(const QStringList &flavours) { m_flavours = flavours; }
    void setVariable(const QString &name, const QString &value) { m_variables.insert(name, value); }
    void clearVariables() { m_variables.clear(); }
    bool hasRule(const QString &name) const { return m_rules.contains(name); }

    QString expand(const QString &rule, Random &random) const;

private:
    QString expandText(const QString &text, Random &random, int depth) const;
    QString expandRule(const QString &rule, Random &random, int depth) const;

    QHash<QString, QStringList> m_rules;
    QHash<QString, QString> m_variables;
    QStringList m_flavours;
};

} // namespace herald::demo
