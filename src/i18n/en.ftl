# svc's messages in English. Every id is in every language (a test checks), with the same
# arguments. Ids: help-/clap- the command line, error- errors, check- svc check.

## The command line's own words

help-usage = Usage:
help-commands = Commands
help-command = COMMAND
help-arguments = Arguments
help-global-options = Global options
help-options = Options
help-examples = Examples:
help-default = default: { $value }
help-values = values: { $values }
help-env = env: { $name }
error-heading = error:
error-because = because:
clap-unknown-argument = unexpected argument `{ $arg }`
clap-unknown-command = unknown command `{ $command }`
clap-invalid-value = `{ $value }` is not a value for { $arg }; values: { $valid }
clap-bad-value = `{ $value }` is not valid for { $arg }: { $reason }
clap-missing = missing: { $args }
clap-missing-command = a command is needed here
clap-conflict = { $arg } cannot be used with { $other }
clap-too-many = { $arg } takes one value
clap-value-count = { $arg } has the wrong number of values
clap-did-you-mean = did you mean `{ $suggestion }`?
clap-more-help = For more information, add --help.

## svc check

severity-error = error
severity-warning = warning
check-summary = { $files } { $files ->
        [one] file
       *[other] files
    }, { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }{ $allowed ->
        [0] {""}
       *[other] , { $allowed } allowed
    }

## Values: the names of the tokens files hold (value-KIND-TOKEN)

value-channel-in-person = in-person
value-channel-phone = phone
value-channel-box = box
value-channel-letter = letter
value-channel-email = email
value-complaint-received = received
value-complaint-explained = explained
value-complaint-accepted = accepted
value-complaint-in-capa = in-capa
value-complaint-closed = closed
value-complaint-praise = praise
value-capa-open = open
value-capa-awaiting-verification = awaiting-verification
value-capa-effective = effective
value-action-corrective = corrective
value-action-preventive = preventive
value-leave-leave-post = leave-post
value-leave-personal = personal
value-leave-sick = sick
value-leave-annual = annual
value-slip-pending = pending
value-slip-approved = approved
value-slip-noted = noted
value-slip-rejected = rejected
value-slip-cancelled = cancelled
value-incident-late = late
value-incident-early = early
value-incident-absent = absent
value-recipient-seconding-unit = seconding-unit
value-recipient-coordination-office = coordination-office
value-conduct-commendation = commendation
value-conduct-criticism = criticism
value-conduct-warning = warning
value-conduct-circulated-criticism = circulated-criticism
value-conduct-removal = removal
value-decision-proposed = proposed
value-decision-approved = approved
value-decision-rejected = rejected
value-ground-C1 = C1
value-ground-C2 = C2
value-ground-C3 = C3
value-ground-P1 = P1
value-ground-P2 = P2
value-ground-P3 = P3
value-ground-P4 = P4
value-ground-R1 = R1
value-ground-R2 = R2
value-ground-R3 = R3
value-ground-R4 = R4
value-ground-R5 = R5
value-role-staff = staff
value-role-room-head = room head
value-role-coordination-office = coordination office
value-role-coordination-office-head = coordination office head
value-role-deputy-director = deputy director
value-role-executive-deputy-director = executive deputy director

## Column headings of tables and CSV (column-KEY)

column-id = id
column-received = received
column-channel = channel
column-room = room
column-status = status
column-cause = cause
column-responsible = responsible
column-capa = capa
column-summary = summary
column-result = result
column-reply = reply
column-complaint = complaint
column-opened = opened
column-round = round
column-next = next
column-overdue = overdue
column-reminders = reminders
column-staff = staff
column-kind = kind
column-from = from
column-to = to
column-days = days
column-route = route
column-ground = ground
column-proposed = proposed
column-decided = decided
column-notified = notified
column-evidence = evidence
column-detail = detail
column-name = name
column-working-days = working days
column-leave-post = leave-post
column-personal = personal
column-sick = sick
column-annual = annual
column-late = late
column-early = early
column-absent = absent
column-due = due
column-record = record
column-to-do = to do
column-who = who
column-clause = clause
column-rule = rule
column-severity = severity
column-depends-on = depends on
column-asks = asks

## Lists

reply-wanted = wanted
sheet-pass = pass
sheet-fail = FAIL
todo-overdue = { $day } (overdue)
count-forms = { $n } { $n ->
        [one] form
       *[other] forms
    }
count-capas = { $n } CAPA { $n ->
        [one] report
       *[other] reports
    } on { $day }
count-conduct = { $n } { $n ->
        [one] record
       *[other] records
    }
count-slips = { $n } leave { $n ->
        [one] slip
       *[other] slips
    }
