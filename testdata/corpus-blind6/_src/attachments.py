"""Deterministic attachment bytes for phi/ e-mails (pure standard library).

JPEG: a tiny baseline 1x1 JPEG with a COM segment carrying the file name.
PNG:  a small gradient generated with zlib.
PDF:  a one-page PDF whose text lines are hand-written below.
ICS / TXT: hand-written text.
"""
import base64
import hashlib
import struct
import zlib

_JPEG_1X1 = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////"
    "////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBAB"
    "AAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="
)

PDF_TEXT = {
    "Quote_Septorhinoplasty_Wolcott.pdf": [
        "Northshore Facial Plastics - Surgical Quote",
        "Procedure: Septorhinoplasty (open), Dr. Samir Haddad",
        "Surgeon fee: $9,800   Facility: $2,600   Anesthesia: $1,150",
        "Total estimate: $13,550   Deposit due at booking: $1,000",
    ],
    "Halcyon_New_Patient_Packet.pdf": [
        "Halcyon Dermatology - New Patient Packet",
        "1. Patient information   2. Medical history   3. Medications & allergies",
        "4. Financial policy   5. Notice of Privacy Practices acknowledgment",
    ],
    "Lab_Report_2025-03-04.pdf": [
        "Sage Hormone & Aesthetics - Laboratory Report",
        "Estradiol: 112 pg/mL   Progesterone: 6.2 ng/mL",
        "Testosterone, total: 14 ng/dL (L)   TSH: 2.1 uIU/mL",
    ],
    "Invoice_SBC-1184.pdf": [
        "Solace Body Contouring - Invoice SBC-1184",
        "CoolSculpting Elite, abdomen (4 cycles)      $2,800.00",
        "Paid: $2,800.00   Balance: $0.00",
    ],
    "Surgery_Packet.pdf": [
        "Cedar Ridge Plastic Surgery - Surgery Packet",
        "Stop 2 weeks before: aspirin, ibuprofen, fish oil, vitamin E",
        "Buy before surgery: stool softener, ice packs, button-front tops",
    ],
    "Consent_Forms.pdf": [
        "Informed Consent - Abdominoplasty with Liposuction of Flanks",
        "Risks include bleeding, infection, seroma, scarring, asymmetry",
        "Patient signature: ______________   Date: __________",
    ],
}

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bellhaven Aesthetics//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-88231@bellhavenaesthetics.com
DTSTAMP:20250403T150000Z
DTSTART:20250409T204500Z
DTEND:20250409T213000Z
SUMMARY:Appointment at Bellhaven Aesthetics
LOCATION:2210 S Lamar Blvd\\, Suite 140\\, Austin\\, TX 78704
DESCRIPTION:Please arrive 10 minutes early.
END:VEVENT
END:VCALENDAR
"""

AFTERCARE_TXT = """Marigold Med Spa - Lip Filler Aftercare

- Ice 10 minutes on, 10 off for the rest of today.
- No kissing, straws or hot drinks for 24 hours.
- Swelling peaks on day 2; lumps usually soften in 1-2 weeks.
- Avoid the dentist for 2 weeks.
- Call us for blanching, severe pain, or skin that turns dusky.
"""


def _jpeg(fname: str) -> bytes:
    comment = ("IMG " + fname).encode("ascii")
    seg = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    # keep JFIF APP0 first (SOI + APP0 = 20 bytes), then the comment segment
    return _JPEG_1X1[:20] + seg + _JPEG_1X1[20:]


def _png(fname: str, w: int = 24, h: int = 16) -> bytes:
    seed = hashlib.sha1(fname.encode()).digest()
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(
            v for x in range(w) for v in ((x * 10 + seed[0]) % 256, (y * 15 + seed[1]) % 256, seed[2])
        )

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _pdf(lines) -> bytes:
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 60 740 Td 16 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def attachment_bytes(fname: str, mime: str) -> bytes:
    if mime == "image/jpeg":
        return _jpeg(fname)
    if mime == "image/png":
        return _png(fname)
    if mime == "application/pdf":
        return _pdf(PDF_TEXT[fname])
    if mime == "text/calendar":
        return ICS.encode("ascii")
    if mime == "text/plain":
        return AFTERCARE_TXT.encode("ascii")
    raise ValueError((fname, mime))
