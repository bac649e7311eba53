<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>herald::AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local-first marketing automation. Your contacts, campaigns and models stay on this computer; Herald makes no network connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libtorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ActivityChart</name>
    <message>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ColumnMapping</name>
    <message>
        <source>This mapping was saved by a newer Herald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” of this mapping is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” maps to “%2”, which this Herald does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields (one per JSON key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” maps to an unknown field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both map to %3; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both go to the custom field “%3”; rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to %1; %2 files need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the mapping “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mapping “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved mapping called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the saved mappings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the mapping “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ContactImport</name>
    <message>
        <source>the row has %1 fields but the header has %2; is a quote or delimiter missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object; kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid email address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; kept as a custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ContactStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ContactsModel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some contacts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::CsvFormat</name>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (single line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (Unix, macOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR (classic Mac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::CsvReader</name>
    <message>
        <source>The file has no rows: it holds nothing but empty lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields; choose another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL or control characters). Export the data as CSV and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row starting on line %1 is longer than %2 characters. Check the delimiter and quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the file has bytes that are not valid %3; they were replaced with a placeholder character. If the file was saved by Excel, choose the Windows-1252 encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where %3 were expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field starting on line %1, column %2 (field %3) is longer than %4 characters. Check the delimiter, or look for a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that opens on line %1, column %2 is never closed: a quote is missing before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote of a field; the quote was kept as part of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside an unquoted field was kept as part of the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::CsvSniffer</name>
    <message>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::CsvWriter</name>
    <message>
        <source>The CSV file could not be written earlier; nothing more is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: the character &quot;%3&quot; (U+%4) cannot be written in Windows-1252. Choose UTF-8, or let Herald replace such characters with &quot;?&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::DateTime</name>
    <message>
        <source>the date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Herald can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::Demo</name>
    <message>
        <source>The demo was cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs at least one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not empty: it already holds %1 contacts and %2 campaigns. Generate the demo into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning a year of campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating contacts and their activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo into the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::Email</name>
    <message>
        <source>nothing before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in the quoted part before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ starts or ends with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &quot;%1&quot; is not allowed before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has an empty part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the domain starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid internationalised domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the domain is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; ends in a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address is longer than 254 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address has no @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address has more than one @</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::EspProfile</name>
    <message>
        <source>The status is empty; %1 uses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status %2 uses; it uses: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date %2 writes; expected a date like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Herald status (subscribed, unsubscribed, cleaned, bounced, complained, pending, non_subscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1; this Herald reads version 1 profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use only a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by another export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column is either ignored or a custom field, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ignored or custom column has no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Herald field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field decides the record; remove this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already an alias of columns[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a JSON column (field &quot;custom_fields&quot;) has jsonKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Herald contact field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>means another status under a different spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is both yes and no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a Qt date format with a year (yyyy or yy) nor iso8601 or unix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column writes {email}; an ESP cannot import contacts without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Herald status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (check its spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single character (or &quot;tab&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::EspProfileRegistry</name>
    <message>
        <source>No built-in ESP profiles were found; Herald was built without its profile resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two built-in profiles use the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in generic profile is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::EventType</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::Export</name>
    <message>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names an unknown encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts are never in a send list; export them as a suppression list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::FirstStartPage</name>
    <message>
        <source>Welcome to Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald plans your email campaigns on this computer: it learns when each contact tends to open, groups your list into segments and previews every send, and your contacts never leave this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no contacts yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens, %2 clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last event on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import campaign activity to see it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace summary could not be read.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::Import</name>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for column &quot;%2&quot;; use one of: %3, tags, ignore, custom, custom:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;; its columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dates in this file are written both day-first and month-first; choose the order (--date-order dmy or mdy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every date could be day/month or month/day (for example &quot;%1&quot;); choose the order (--date-order dmy or mdy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row holds data, not column names; Herald needs a header row to know which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; use auto or one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder; choose a CSV or ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ZIP archive, so it has no member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no CSV member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ImportLayout</name>
    <message>
        <source>The contact has no email address, so %1 cannot import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced braces in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::MainWindow</name>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up shop with 5,000 contacts and a year of campaigns, opens and purchases, to explore everything safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a Herald workspace file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::NavigationView</name>
    <message>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::NumberText</name>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for contacts whose own time zone is not known, and for dates shown in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to set its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processor threads training and predictions use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald switches to the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new thread count applies the next time Herald starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Herald knows. Pick one from the list, for example Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::StatusBreakdown</name>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) are never exported for sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::TimeZoneResolver</name>
    <message>
        <source>unknown country &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTC offset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid daylight saving UTC offset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone keeps %1 with %2 during daylight saving time; assumed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone keeps %1; used a fixed offset without daylight saving time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone is known for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spans several time zones; assumed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a US ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone is known for ZIP code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a US ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the province of postal code &apos;%1&apos; spans several time zones; assumed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a Canadian postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Canadian postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is read-only. Herald needs to write to its workspace; copy it somewhere writable or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Herald workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database is not a Herald workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Herald (schema %1; this version reads up to schema %2). Update Herald to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the workspace to write-ahead logging (journal mode is %1). Is it on a network drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged or not a database (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is locked by another program (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace cannot be backed up onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::WorkspaceActions</name>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald closed %1 because it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald keeps %1 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new name, or use Open Workspace to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace ready: %1, %2 campaigns, %3 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ZipArchive</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable ZIP archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive has more than %1 entries; Herald does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive is damaged or not a ZIP archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive inflates to more than %2 MiB; Herald stops reading it (it may be a &quot;zip bomb&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive has no file named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the ZIP archive is password-protected; extract it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the ZIP archive would inflate to %2 MiB, more than the limit of %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::cli</name>
    <message>
        <source>Usage: herald [--workspace PATH] [COMMAND] [OPTIONS]
Without a command, Herald opens its window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Common options:
  --workspace PATH  the workspace file (default: $HERALD_WORKSPACE, else %1)
  --json            print one JSON object on standard output
  --help, --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which file? herald import contacts FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, overwrite or skip, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order takes dmy, mdy or auto, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default-status takes subscribed, pending or non_subscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, %5 delimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read %1: %2 new, %3 updated, %4 duplicates, %5 rejected (%6 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts stayed opted out although the file lists them as subscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows (herald import list and herald import rejects ID show them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile is required: which ESP will import the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3 %4 (%5): %6 read, %7 new, %8 updated, %9 duplicates, %10 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which import? herald import rejects ID (herald import list shows the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rejected rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from an ESP export (CSV or ZIP): encoding, delimiter and ESP detected, consent kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every import with its file, SHA-256 and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows an import rejected, with line, column and reason (--out writes a CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write contacts in an ESP&apos;s import layout. Suppressed contacts are never in a send list; --suppression-list writes them on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:      %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libtorch:       %1, %2 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS:           %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 campaigns and %3 events in %4 s into %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workspace, its counts and the versions of Herald, libtorch and the BLAS in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty workspace with a realistic, generated small business (deterministic for a seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the contacts, optionally with one consent status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;herald --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>herald::ml::Runtime</name>
    <message>
        <source>The slow reference BLAS is in use; model training will be 10-20 times slower. Install libopenblas0-openmp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
