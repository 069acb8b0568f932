"""Tiny constructors used by the hand-written data modules."""
from mimekit import when, addr  # noqa: F401  (re-exported for data modules)


def S(reason, body):
    """An SMS body.  reason = label text (PHI) or near-miss note (clean)."""
    return {"kind": "sms", "reason": reason, "body": body}


def E(reason, frm, to, subject, date, body, **kw):
    """An email.  frm/to are ready header values (use addr()); date via when()."""
    d = {"kind": "email", "reason": reason, "from": frm, "to": to,
         "subject": subject, "date": date, "body": body}
    d.update(kw)
    return d
