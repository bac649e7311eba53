#pragma once

#include <QDialog>

namespace herald {

// Herald's version and the versions of what it runs on (Qt, SQLite, libtorch, the BLAS in use), which is what
// a bug report needs; warns when the BLAS will make training slow.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The version lines as plain text, also what "Copy" puts on the clipboard.
    QString details() const { return m_details; }

private:
    QString m_details;
};

} // namespace herald
