#!/usr/bin/env python3
"""Write the held-out filters corpus: testdata/corpus-holdout/{phi,clean}.

Unlike testdata/corpus (generated from templates), every message here is
written out by hand, once, in the voice of the people who send mail and texts
from an aesthetic / dermatology / plastic-surgery practice: front desk,
nurses, injectors, billing, marketing, managers. It was written before
looking at how the lexicon handles it, so it measures generalisation; do not
tune sentences here to make the engine pass: fix the engine instead, and add
new messages rather than edit the ones that failed.

Labelling policy (see README.md): a message is PHI when it names a
treatment, product, medication, condition or clinical fact, carries an
identifier (SSN, DOB, MRN, member ID, card number, a directory patient's full
name), or carries any image or attachment. A procedure or product named in
mass marketing is labelled PHI too: the engine cannot tell a newsletter from
a note to one patient, and the lexicon-driven definition of the issue makes
the term itself the signal. Clean messages are genuinely free of such terms.

    python3 testdata/corpus-holdout/make_holdout.py
"""
import base64, os, shutil
from email.message import EmailMessage
from email.utils import formataddr

ROOT = os.path.dirname(os.path.abspath(__file__))

# --- real magic bytes -------------------------------------------------------

def jpeg():
    return bytes.fromhex("ffd8ffe000104a46494600010101004800480000") + b"\xff\xdb\x00\x43\x00" + bytes(range(64)) + b"\xff\xd9"

def png():
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6" + bytes(40)

def gif():
    return b"GIF89a\x10\x00\x10\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04" + bytes(20) + b";"

def webp():
    return b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00" + bytes(24)

def heic():
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(40)

def tiff():
    return b"II*\x00\x08\x00\x00\x00" + bytes(40)

def bmp():
    return b"BM\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00" + bytes(40)

def pdf():
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(20) + b"%%EOF\n"

def docx():
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + bytes(40)

def xlsx():
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"xl/workbook.xml" + bytes(40)

def zipf():
    return b"PK\x03\x04\x0a\x00\x00\x00\x00\x00" + bytes(30)

def ics(summary):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Front Desk//EN\r\nBEGIN:VEVENT\r\n"
            "DTSTART:20250612T150000Z\r\nSUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % summary).encode()

# --- writers ----------------------------------------------------------------

OUT = {"phi": [], "clean": []}

def sms(label, text):
    OUT[label].append(("txt", text))

def eml(label, subject, frm, to, text=None, html=None, atts=(), cc=None, bcc=None, inline=()):
    m = EmailMessage()
    m["From"] = formataddr(frm) if isinstance(frm, tuple) else frm
    m["To"] = formataddr(to) if isinstance(to, tuple) else to
    if cc:
        m["Cc"] = cc
    if bcc:
        m["Bcc"] = bcc
    m["Subject"] = subject
    m["Date"] = "Tue, 10 Jun 2025 09:14:00 -0700"
    m["Message-ID"] = "<h%d@mail.example.net>" % (len(OUT["phi"]) + len(OUT["clean"]))
    if text is not None:
        m.set_content(text)
    if html is not None:
        if text is None:
            m.set_content(html, subtype="html")
        else:
            m.add_alternative(html, subtype="html")
    for cid, data, maintype, subtype in inline:
        # an inline image referenced from the HTML by cid:
        payload = m.get_payload()[-1] if m.is_multipart() else m
        payload.add_related(data, maintype=maintype, subtype=subtype, cid="<%s>" % cid)
    for name, data, ctype in atts:
        maintype, subtype = ctype.split("/", 1)
        if maintype == "text":
            m.add_attachment(data.decode(), subtype=subtype, filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    OUT[label].append(("eml", bytes(m)))

ZW = "\u200b"
SHY = "\u00ad"
CYR_O = "\u043e"
CYR_A = "\u0430"
CYR_E = "\u0435"
CYR_C = "\u0441"
CYR_P = "\u0440"

FD = ("Front Desk", "frontdesk@bayviewaesthetics.example")
NURSE = ("Renee RN", "renee@bayviewaesthetics.example")
BILL = ("Billing Office", "billing@crestwoodderm.example")
MKT = ("Bayview Aesthetics", "hello@bayviewaesthetics.example")
PT = ("Customer", "pt4471@gmail.example")

# ============================================================================
# PHI: SMS
# ============================================================================

for t in [
    # plain treatments, products, in staff voice
    "Hi Dana! Just confirming your lip filler touch-up Thursday at 4:15. Please avoid fish oil and ibuprofen 3 days before to limit bruising. Reply C to confirm",
    "Hey it's Mel from the front. Your Dysport is ready to book again, it's been about 3 months. Want me to grab you a spot next week?",
    "Reminder: Kybella session #2 on 6/18 at 10am. Swelling under the chin is normal for a few days after, bring a scarf if you like",
    "Your CoolSculpting Elite appointment (flanks) is confirmed for Sat 9am. Wear comfy clothes, the session runs about 2 hrs",
    "Hi Jordan, Dr. Vance wants to see you back 1 week post op to check the incisions. Does Tues at 11:30 work?",
    "Good morning! How are the sutures feeling today? Any redness or drainage please send us a quick pic through the portal",
    "Quick q from Nurse Kayla: are you still taking the doxycycline Dr. Singh prescribed? Pharmacy sent a refill request",
    "Your tretinoin 0.05% cream is ready for pickup at the Walgreens on 5th. Start every 3rd night and work up slowly",
    "Hi love, the Morpheus8 package you asked about is 3 sessions spaced 4-6 wks apart. I can hold Friday 2pm for #1",
    "Just checking in after yesterday's HydraFacial! Skin can be a little pink tonight, totally normal. Skip retinol for 48h",
    "Hi, this is Bayview Aesthetics. Your semaglutide dose goes up to 0.5 mg this week. Any nausea let us know asap",
    "Your tirzepatide refill shipped today via UPS, keep it in the fridge when it arrives",
    "Reminder: bring your compression garment to your 2 week lipo follow up tomorrow",
    "Hey! Dr. Ames reviewed your photos and the bruising looks totally expected for day 3 after rhinoplasty. Keep icing, head elevated",
    "Hi Tasha, your breast augmentation pre-op is on the 22nd. Please stop any aspirin or vitamin E 2 weeks before",
    "We got your labs back, testosterone is still a bit low. Dr. P wants to bump your pellet dose next visit",
    "your PRP hair restoration session is moved to 3pm, same day. Eat a good breakfast and hydrate!",
    "Friendly reminder to start your valacyclovir 2 days before your CO2 laser, since you get cold sores",
    "Hi Marcus - your Xeomin is done at 20u glabella, next appt in 12 wks. Don't lie flat for 4 hrs!",
    "Sorry we missed you today! Your Sculptra appt needs to be rescheduled, vial was already reconstituted so we'll honor it this week",
    "The blepharoplasty consent forms are in your portal, pls sign before Monday",
    "How's the swelling after your neck lift? Remember no heavy lifting for 2 more weeks",
    "Hi it's Ana. your IPL photofacial is booked 7/2 at 1. No self tanner or sun for 2 wks before ok?",
    "Your accutane pregnancy test is due before we can send the next month, lab order is in the portal",
    "Reminder: Clear + Brilliant tomorrow at 8:45, arrive 30 min early for numbing",
    "Hi! We have a cancellation with Dr. Chen for a tummy tuck consult on the 14th at 10. Want it?",
    "Post-op day 1 check: any fever over 101, call the after hours line. Keep the JP drain log going",
    "We received your melasma photos, Dr. Ortiz is adding hydroquinone 4% to your plan",
    "Your rosacea cream (metronidazole) was sent to CVS",
    "Reminder: Emsculpt Neo session 3 of 4 tomorrow at 6pm, wear workout clothes",
    "Hey girl your Restylane Kysse is in stock now, want to book?",
    "Quick reminder, your microneedling with PRP is tmrw 11am. No retinoids 5 days prior",
    "Just a heads up, the Juvederm Voluma is on back order, we can do RHA 4 instead for your cheeks or wait 2 wks",
    "Hi it's Bri from Dr. Rahman's office. Your biopsy results are in, please call us at your convenience",
    "Don't forget to pick up your finasteride at the pharmacy today",
    "Your laser hair removal (underarms) is session 4 of 6. Shave the night before please",
    "Hi! How did the chemical peel go? Peeling usually starts day 3, don't pick!",
    "Hey just confirming your BBL follow up with Dr. Soto, we'll check the drains and your garment fit",
    "Reminder your labiaplasty post op check is Thursday 9am with Dr. K",
    "Dr. Greene said your gynecomastia surgery can be scheduled in August. Deposit is due to hold the OR date",
    "Hi Shay, your HRT bloodwork is due. Estradiol and progesterone panel, fasting not needed",
    "Your brow lift stitches come out Friday",
    "Can you send a side profile pic of your nose? Dr. wants to see how the swelling is settling at 6 weeks",
    "Reminder: Ultherapy 1 pm Weds. Take 2 ibuprofen an hour before if you can",
    "Hi! Your botox + lip flip is booked for Sat 10:30 with Jess",
    "The PDO thread lift follow up is in 2 wks, avoid wide mouth opening until then",
    "Appt reminder: mole removal and skin check with Dr. Ibarra, Mon 8:30am",
    "Hi, your Latisse refill is ready at the front desk",
    "your B12 injection is due this week, walk-ins ok tues/thurs",
    "Please remember no alcohol 24h before your filler appt tomorrow, it makes bruising worse",
    # misspellings staff really make
    "hi! your botax is set for friday at 2, see you then",
    "just confirming ur juviderm appt tomorrow 3:30, text back if you need to move it",
    "Your restalyne lyft follow up is next week, how do the cheeks look?",
    "Hi Kim, microneedeling series starts Monday, 1 of 3",
    "co2 lazer recovery tip: vaseline, vaseline, vaseline. Call if you see yellow crusting",
    "Your kybela went great! Expect the bullfrog look for a few days lol",
    "hey your sculptura vial is reserved for thursday",
    "Dr says your rhinoplasy cast comes off friday",
    "Reminder: blepheroplasty post op 1 week check Wed",
    "hi its tara, your lipsuction garment should stay on 24/7 for 2 more weeks",
    "your ozempik pen is at the front desk when you're ready",
    "so sorry, your hydrafacial with Mia needs to move to 3pm",
    "Hey! did your tummy tuk drain output go under 25cc yet?",
    "your dysprot appt is confirmed for 11",
    "the morpheous 8 aftercare sheet is attached in the portal, no makeup 24 hrs",
    "Just a reminder to start your tretnoin slowly, 2x a week",
    "Your coolsculpt session is tomorrow @ 10",
    # evasions: leet, separators, look-alikes, zero width, soft hyphen, accents, spacing
    "hey can u come in for b0t0x thurs? we have an opening at 1",
    "your f1ller appt is confirmed 4pm fri",
    "Reminder: B.o.t.o.x touch up on Monday",
    "Lip f-i-l-l-e-r availability opened up Sat 11am if you still want it",
    "reminder your b o t o x is at 3 today",
    "Your B" + CYR_O + "tox appointment is confirmed for Thursday",
    "Hi, your J" + ZW + "uve" + ZW + "derm appointment is booked for Tuesday",
    "Your Sculp" + SHY + "tra session is booked for 6/3",
    "Hey, the Juvéderm Volbella for your lips came in",
    "your \uff22\uff4f\uff54\uff4f\uff58 is scheduled for Friday",
    "hi, your s3mag1utide refill went to the pharmacy",
    "Your  D y s p o r t  appointment is next Tuesday",
    "Confirming your r-h-i-n-o-p-l-a-s-t-y consult at 9",
    "your m1cr0needling appt moved to 2pm",
    "Reminder: Kyb" + CYR_E + "lla round 2 this Friday",
    "your Botoxxx is at noon!!",
    "ur BOTOX sesh is tmrw at 2, don't be late babe",
    "Hi, bo-tox reminder for Thurs 10am",
    "Your appt for x e o m i n is confirmed",
    "$culptra reminder: massage 5 min, 5x a day, for 5 days",
    # identifiers
    "Hi, for the insurance form I need your SSN, you can text it: 512-44-8871",
    "got it, my social is 618 20 4409",
    "Patient DOB 04/11/1979, calling to confirm her appt",
    "she was born 3/4/82, the chart says 1983 so pls fix",
    "d.o.b. 04.03.1982 - please update in the system",
    "Her birthday is march 4th 1982 per the intake form",
    "MRN 00482913 needs a callback re: scheduling",
    "Member ID: XJH884120033 for Aetna, group 77120",
    "Card on file is 4111 1111 1111 1111 exp 09/27, can you run the balance?",
    "pls charge 5555-5555-5555-4444 for the deposit",
    "Chart # 2238841 is double booked tomorrow",
    "my date of birth is 12-09-1990 if you need it for the portal",
    "SSN 219 33 5821 for billing",
    # generic clinical phrasing without a product name
    "Hi! Just checking you got home ok after your procedure today. Rest up and call with any concerns",
    "How are you feeling the day after surgery? Any nausea from the anesthesia?",
    "Your prescription is ready to pick up at the front desk",
    "Reminder: your injections are scheduled for 3pm, please don't wear makeup",
    "The numbing cream goes on 45 min before, see you at 2",
    "Hi this is Dr. Moreno's nurse, your pathology came back benign, nothing further needed",
    "we'll take your stitches out at the 10 day visit",
    "Ice 20 on 20 off tonight and keep the gauze on till morning",
]:
    sms("phi", t)

# ============================================================================
# PHI: email
# ============================================================================

eml("phi", "Your post-op instructions - please read",
    NURSE, PT,
    text="""Hi Stephanie,

Attached are your written post-op instructions from Dr. Vance. A few highlights:

- Keep your head elevated on 2 pillows for the first week.
- Cold compresses 20 minutes on, 20 off for 48 hours.
- Sutures come out at your 7-day visit.
- No eye makeup until cleared.

Mild bruising around the eyes after an upper blepharoplasty is expected and
should fade by day 10. Call us for any sudden swelling or vision changes.

Renee, RN
Bayview Aesthetics | 555-0134
""", atts=[("Post-op instructions.pdf", pdf(), "application/pdf")])

eml("phi", "Re: the lumps", ("Carla M.", "carla.m@yahoo.example"), NURSE,
    text="""Hi Renee,
I still have two small bumps on my upper lip from Saturday. Are they normal or should I come in? I massaged them like you said.
Thanks, Carla

> On Mon, Renee RN wrote:
> Some firmness after lip filler is normal for up to 2 weeks. Gentle massage is ok.
""")

eml("phi", "June special on neurotoxin", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<html><body><h1>Smooth into summer</h1>
<p>All June: <b>$11/unit</b> Botox and Dysport with any of our injectors. Add a HydraFacial for $99.</p>
<p><a href="https://book.example/bayview">Book now</a></p>
<p style="font-size:10px">Bayview Aesthetics, 2201 Shoreline Dr, Suite 4 | Unsubscribe</p></body></html>""")

eml("phi", "Fwd: insurance card", FD, ("Billing", "billing@crestwoodderm.example"),
    text="Forwarding the insurance card photo the patient texted, front and back.\n\n-Lena",
    atts=[("IMG_4471.HEIC", heic(), "image/heic"), ("IMG_4472.HEIC", heic(), "image/heic")])

eml("phi", "photos", ("Jess", "jess.injects@gmail.example"), ("Dr. Ames", "dr.ames@bayviewaesthetics.example"),
    text="2 wk follow up pics attached, let me know what you think",
    atts=[("before_after_lips.jpg", jpeg(), "image/jpeg")])

eml("phi", "Scanned form", ("Scanner", "scanner@crestwoodderm.example"), ("Billing", "billing@crestwoodderm.example"),
    text="Scan from MFP-2F.",
    atts=[("scan_0611_0932.pdf", pdf(), "application/pdf")])

eml("phi", "your invoice", BILL, PT,
    text="""Hello,

Thank you for visiting Crestwood Dermatology. Your statement for the June 3 visit is below.

  Excision, benign lesion, trunk (11402)      $310.00
  Pathology                                   $145.00
  Insurance adjustment                       -$210.00
  Balance due                                 $245.00

Pay online or call 555-0199.
""")

eml("phi", "Appointment details", FD, PT,
    html="""<div>Hi Priscilla,</div><div>You're booked for <span>Fraxel</span> on <b>Monday, June 23 at 9:00 AM</b>.</div>
<div>Please arrive 45 minutes early so the numbing cream can work.</div><div>-- Front Desk</div>""")

eml("phi", "Staff only: tomorrow's schedule", ("Office Manager", "om@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="""Team,

Tomorrow is packed:
 8:30  new pt consult (Dr. Ames) - rhino revision
 9:30  Tox / lips (Jess)
 10:15 Emsculpt (room 3)
 11:00 Post-op check, 2 wk facelift
 1:00  Lunch & learn (Galderma rep)

Please prep rooms the night before.
""")

eml("phi", "Follow-up from your consultation", ("Dr. Nadia Chen", "drchen@harborplastic.example"), PT,
    text="""Dear Ms. Ferreira,

It was a pleasure meeting you today to discuss abdominoplasty with muscle repair. As we discussed, I'd recommend combining it with liposuction of the flanks. Your quote and our surgical coordinator's contact are attached.

Warm regards,
Nadia Chen, MD
""", atts=[("Quote_Ferreira.pdf", pdf(), "application/pdf")])

eml("phi", "Re: itching", ("tina r", "tinar88@outlook.example"), ("Crestwood Derm", "info@crestwoodderm.example"),
    text="Hi, the eczema on my hands is back and the triamcinolone isn't doing much anymore. Can Dr. Lowe call in something stronger?")

eml("phi", "Lab results available", ("Patient Portal", "noreply@portal.example"), PT,
    text="A new lab result has been posted to your account from Willow Wellness: Thyroid panel (TSH, free T4). Log in to view.")

eml("phi", "consent", NURSE, PT,
    text="Please review and sign the attached consent before your Morpheus8 appointment.",
    atts=[("Consent_RF_Microneedling.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

eml("phi", "Invitation: Consult - S. Park", ("Calendar", "cal@harborplastic.example"), ("Dr. Chen", "drchen@harborplastic.example"),
    text="You have been invited.",
    atts=[("invite.ics", ics("Consult - S. Park"), "text/calendar")])

eml("phi", "newsletter", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<table><tr><td><img src="cid:hero1" alt="Summer glow"></td></tr>
<tr><td><p>Meet our newest provider! Book a complimentary skin analysis.</p></td></tr></table>""",
    inline=[("hero1", png(), "image", "png")])

eml("phi", "Check out our results", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>See what's possible.</p><img src="data:image/png;base64,%s" width="300">""" % base64.b64encode(png()).decode())

eml("phi", "Hidden text", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Summer hours are here!</p><div style="display:none">Juvederm and Kybella 20% off for VIPs</div>""")

eml("phi", "Re: my bill", ("Robert D", "robd@aol.example"), BILL,
    text="""Hi, I was charged twice. Here's my card again so you can see which one: 3782 822463 10005. Please refund one.
Rob""")

eml("phi", "insurance info", ("Pat", "pat@ymail.example"), BILL,
    text="Subscriber ID W2948813370, group 004411. Let me know if you need the card.")

eml("phi", "Intake form", ("Katie", "katie.b@gmail.example"), FD,
    text="""Name: Katie Brennan
DOB: 07/22/1991
Reason for visit: acne scarring, interested in microneedling or a laser
Allergies: sulfa
""")

eml("phi", "transfer of records", ("Records", "records@elmderm.example"), ("Crestwood Derm", "info@crestwoodderm.example"),
    text="Please find the requested records for patient ID 55102877 attached, sent encrypted per your request.",
    atts=[("records.zip", zipf(), "application/zip")])

eml("phi", "quick Q", ("Maya L", "mayal@gmail.example"), NURSE,
    text="Is it ok to work out 2 days after Botox? I have a spin class booked lol")

eml("phi", "FW: eyelids", ("Dr. Ames", "dr.ames@bayviewaesthetics.example"), ("Coordinator", "surg@bayviewaesthetics.example"),
    text="Please schedule her for upper bleph + ptosis eval, 90 minutes. Photos in the chart.",
    bcc="om@bayviewaesthetics.example")

eml("phi", "Your results", ("Willow Wellness", "care@willowwellness.example"), PT,
    html="""<p>Hi!</p><p>Your A1C came back at 5.9, which is in the prediabetes range. The provider would like to discuss starting metformin alongside your GLP-1.</p>""")

eml("phi", "Before pics for your file", ("Jess", "jess.injects@gmail.example"), PT,
    text="Here are your baseline pics for your records!",
    atts=[("photo1.png", png(), "application/octet-stream"), ("photo2", webp(), "application/octet-stream")])

eml("phi", "spreadsheet", ("Office Manager", "om@bayviewaesthetics.example"), ("Owner", "owner@bayviewaesthetics.example"),
    text="Q2 numbers attached.",
    atts=[("Q2_production.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

eml("phi", "X-ray", ("Dr Kim", "drkim@example.net"), ("Dr. Chen", "drchen@harborplastic.example"),
    text="Scan attached.", atts=[("scan.tif", tiff(), "image/tiff")])

eml("phi", "old scanner output", ("Scanner", "scanner@crestwoodderm.example"), FD,
    text="", atts=[("DOC001.bmp", bmp(), "image/bmp")])

eml("phi", "gif", ("Marketing", "mkt@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="new instagram asset", atts=[("reel_preview.gif", gif(), "image/gif")])

eml("phi", "Re: Juvéderm question", NURSE, PT,
    text="Hi! Yes, Juvéderm Ultra XC has lidocaine in it, so most people find it pretty comfortable.")

eml("phi", "Your B" + CYR_O + "tox visit", FD, PT,
    text="Thanks for coming in today! Results start showing in 3-5 days.")

eml("phi", "treatment plan", ("Dr. Ortiz", "ortiz@crestwoodderm.example"), PT,
    text="""Hi Janelle,

Here's the plan we talked about:
1. Hydroquinone 4% nightly x 8 weeks, then taper
2. Tretinoin 0.025% on alternate nights
3. Sunscreen SPF 50 every morning, reapply
4. Recheck in 8 weeks; if the melasma is stubborn we'll talk about a series of light peels

Dr. Ortiz""")

eml("phi", "Weight loss program check-in", ("Willow Wellness", "care@willowwellness.example"), PT,
    text="How are you feeling on the Wegovy? Please reply with your weight this week and any side effects (nausea, constipation).")

eml("phi", "after hours message", ("Answering Service", "ans@callsvc.example"), ("On call", "oncall@harborplastic.example"),
    text="""Caller: Dee (pt of Dr. Chen)
Callback: 555-0177
Message: 3 days after her breast lift, left side more swollen and warm, low fever. Wants a call back tonight.""")

eml("phi", "Re: hair", ("Dr. Patel", "patel@willowwellness.example"), PT,
    text="We can start oral minoxidil 2.5 mg and keep the finasteride. PRP every 4 weeks x3 would help too.")

eml("phi", "Referral", ("Dr. Lowe", "lowe@crestwoodderm.example"), ("Mohs surgery", "mohs@elmderm.example"),
    text="Referring a 64 y/o with a biopsy-proven basal cell carcinoma of the left nasal ala for Mohs. Path report attached.",
    atts=[("path_report.pdf", pdf(), "application/pdf")])

eml("phi", "Hi from the spa", MKT, PT,
    html="""<p>We miss you! It's been a while since your last facial. Book a <a href="https://book.example/x">HydraFacial</a> this month and get a free lip treatment.</p>""")

eml("phi", "Your order", ("Shop", "shop@bayviewaesthetics.example"), PT,
    text="""Order #100482 has shipped!
  SkinMedica TNS Advanced+ Serum  x1
  Alastin Regenerating Skin Nectar  x1
Track: 1Z999AA10123456784""")

eml("phi", "IV therapy", ("Drip Lounge", "hello@driplounge.example"), PT,
    text="Your Myers cocktail IV is booked for Saturday at 11. Hydrate and eat beforehand!")

eml("phi", "Re: my face feels tight", NURSE, PT,
    text="That's normal after a Jessner peel. Flaking starts day 2-3. Use the plain moisturizer only.")

eml("phi", "Re: sweating", ("Dr. Lowe", "lowe@crestwoodderm.example"), PT,
    text="For the underarm hyperhidrosis, we can try Botox (about 100 units total) or miraDry. Insurance sometimes covers the Botox with prior auth.")

eml("phi", "Surgery date", ("Surgical Coordinator", "surg@harborplastic.example"), PT,
    text="""Hi Ana,

Your mommy makeover is scheduled for August 14 at Harbor Surgery Center. Arrival 6:00 AM.
Pre-op labs must be done by July 31. Stop smoking and nicotine products 6 weeks before.

Pam, Surgical Coordinator""")

eml("phi", "Re: acne", ("Dr. Ortiz", "ortiz@crestwoodderm.example"), PT,
    text="Let's try spironolactone 50 mg for the hormonal acne along with the clindamycin gel. Labs in 3 months.")

eml("phi", "Re: Dr. Chen's patient", ("Harbor Surgery Center", "or@harborsc.example"), ("Dr. Chen", "drchen@harborplastic.example"),
    text="Implant sizers for tomorrow's augmentation are in OR 2: 300-375cc moderate plus. Please confirm the implant order.")

eml("phi", "your scar", NURSE, PT,
    text="Silicone sheets 12 hrs a day on the incision for 3 months will help the scar flatten. Avoid sun on it.")

eml("phi", "Chin", ("Dr. Ames", "dr.ames@bayviewaesthetics.example"), PT,
    text="Given your profile, a small chin implant at the same time as the rhinoplasty would balance things nicely.")

eml("phi", "Vitiligo follow-up", ("Crestwood Derm", "info@crestwoodderm.example"), PT,
    text="Time for your 3 month vitiligo follow-up and phototherapy review. Please call to schedule.")

eml("phi", "psoriasis", ("Dr. Lowe", "lowe@crestwoodderm.example"), PT,
    text="The prior authorization for Skyrizi for your psoriasis was approved. The specialty pharmacy will call you.")

eml("phi", "Thermage", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<h2>Tighten without downtime</h2><p>Thermage FLX and Sofwave now available at both locations. Ask about our bundle pricing.</p>""")

eml("phi", "Wegovy shortage", ("Willow Wellness", "care@willowwellness.example"), ("Patients", "list@willowwellness.example"),
    text="Due to supply issues, we're switching some patients to compounded semaglutide. Your provider will reach out about your dose.")

eml("phi", "r3minder", FD, PT,
    text="Reminder: your l1p f1ller touch up is at 2:30 on Friday.")

eml("phi", "Sched", FD, ("Jess", "jess.injects@gmail.example"),
    html="""<p>Jess - your 11:00 wants to add a &#66;&#111;&#116;&#111;&#120; lip flip, ok?</p>""")

eml("phi", "reminder", FD, PT,
    html="""<p>Your <span>Sculp</span><span>tra</span> appointment is tomorrow at 10.</p>""")

eml("phi", "rec'd your message", FD, PT,
    html="""<p>Got it, we moved your b&shy;o&shy;t&shy;o&shy;x to the 18th.</p>""")

eml("phi", "gift card", ("Shop", "shop@bayviewaesthetics.example"), PT,
    text="Your $200 gift card is ready. Good toward any service incl. Botox, fillers and laser!")

eml("phi", "Label for the sample", ("Lab", "lab@crestwoodderm.example"), ("Dr. Lowe", "lowe@crestwoodderm.example"),
    text="Specimen for MRN: A-448120 was mislabeled, please call the lab.")

eml("phi", "Re: payment", ("Karen", "karen.w@gmail.example"), BILL,
    text="You can use my Discover 6011 0009 9013 9424 for the remaining balance.")

eml("phi", "Patient coming from out of town", ("Coordinator", "surg@harborplastic.example"), ("Front desk", "fd@harborplastic.example"),
    text="Heads up: Genevieve Abernathy flies in Thursday. Please have the hotel list ready for her.")

eml("phi", "insurance", ("Paula", "paula.q@gmail.example"), BILL,
    text="My new policy number is BCX447102981. Please update before my next visit.")

eml("phi", "Appointment", ("Genevieve Abernathy", "ga@gmail.example"), FD,
    text="Hi, I need to move my Thursday appointment, is Friday possible?")

eml("phi", "PRP", ("Dr. Patel", "patel@willowwellness.example"), ("Team", "team@willowwellness.example"),
    text="Centrifuge in room 2 is fixed, PRP draws can resume tomorrow.")

eml("phi", "Re: photo", ("Lucy", "lucy@gmail.example"), NURSE,
    text="here's the pic of the bump you asked for",
    atts=[("IMG_8891.jpg", jpeg(), "image/jpeg")])

eml("phi", "numbing", NURSE, PT,
    text="Pick up the lidocaine/prilocaine cream and apply a thick layer 1 hour before your laser, cover with plastic wrap.")

eml("phi", "Fwd: from pt", ("Front Desk", "fd@harborplastic.example"), ("Dr. Chen", "drchen@harborplastic.example"),
    text="""See below, pt asking about seroma.

-----Original Message-----
There's a squishy swollen area near my incision, it sloshes. Is this normal? I'm 10 days out.""")

eml("phi", "Update on your semaglutide", ("Willow Wellness", "care@willowwellness.example"), PT,
    html="""<div dir="ltr">Hi! Your 1 mg pens are ready.<br>Remember to rotate injection sites (belly, thigh).<br><br>Willow Wellness<br>555-0101</div>""")

eml("phi", "Welcome", MKT, PT,
    html="""<p>Welcome to Bayview Aesthetics! Fill out your <a href="https://portal.example/intake">health history</a> before your first visit.</p>
<p><img src="https://cdn.example/img/lip-filler-before-after.jpg" width="200"></p>""")

eml("phi", "tattoo", ("Ink Away", "hi@inkaway.example"), PT,
    text="Session 3 of your PicoSure tattoo removal is booked. Blistering can happen, keep it covered.")

eml("phi", "Cyst", ("Dr. Lowe", "lowe@crestwoodderm.example"), PT,
    text="We can inject the cyst with Kenalog today or schedule an excision. Your choice.")

eml("phi", "Vivace", MKT, PT, text="Your Vivace RF microneedling package: 2 sessions left, expires in Dec.")

eml("phi", "keloid", ("Dr. Ortiz", "ortiz@crestwoodderm.example"), PT,
    text="Your ear keloid injections are monthly. Next one is the 9th.")

eml("phi", "Question about my prescription", PT, ("Willow Wellness", "care@willowwellness.example"),
    text="Hi, the pharmacy says my phentermine needs a new script. Can you send it?")

eml("phi", "reminder", FD, PT,
    text="Your appointment for Halo laser is confirmed for 7/9 at 1pm. Stop retinol 5 days before.")

eml("phi", "Your visit today", NURSE, PT,
    text="You received 44 units today (forehead, 11s, crow's feet). Come back in 2 weeks if anything looks uneven.")

eml("phi", "Re: smoking", ("Dr. Chen", "drchen@harborplastic.example"), PT,
    text="I can't proceed with your facelift unless your nicotine test is negative. Let's recheck in 4 weeks.")

eml("phi", "Liquid facelift promo", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Liquid facelift: 2 syringes of filler + 50 units of tox, one price.</p>""")

# ============================================================================
# CLEAN: SMS
# ============================================================================

for t in [
    "Hi! Just a reminder you have an appointment with us tomorrow at 10:30. Reply C to confirm or R to reschedule",
    "Running about 10 min behind today, sorry! Feel free to grab a coffee from the lobby",
    "We're closed Monday for Memorial Day. Have a great long weekend!",
    "Parking tip: the garage on Pine St validates for 2 hours, just bring your ticket to the front desk",
    "Hi, this is the front desk. We received your payment, thank you! Your balance is $0.00",
    "Our new phone number is 555-0142, please update your contacts",
    "Thanks for the review, it made our whole week!",
    "Hey, the lift gate on the delivery truck is broken so the furniture is coming Thursday instead",
    "Can someone grab more drip coffee filters? We're out",
    "The form filler extension keeps crashing on the front desk pc, IT is looking at it",
    "Who left the orange peel in the break room sink lol",
    "Reminder staff meeting moved to 8:15 tomorrow, bagels on me",
    "Hi it's Tara, I'm stuck on the 101, will be 15 min late for my shift",
    "Your order #A-20948 shipped, tracking 9400 1000 0000 0000 0000 00",
    "Please text us a good time to call back about your question",
    "Happy birthday from all of us! Enjoy your day",
    "Hi! We have openings this Saturday morning if you were still looking",
    "the wifi password for guests is on the card at reception",
    "Can you cover Sarah's Saturday? She's got her kid's recital",
    "Building management says the elevator will be out Weds 9-11, use the stairs by suite 102",
    "FYI the card reader is down, cash or check only till 2",
    "Thanks! Talk soon",
    "Your appointment has been cancelled as requested. Let us know when you'd like to rebook",
    "We moved! New address: 4410 Canyon Rd, Suite 300. Same phone, same great team",
    "Pls remember to clock out for lunch, payroll noticed a few missed punches",
    "Great news, your refund of $45 was processed and should show in 3-5 business days",
    "Hi, a package was left for you at our front desk, pick up anytime 9-5",
    "Is 10:30 or 2:45 better for you next Tuesday?",
    "Our office will open late (11am) on Friday for staff training",
    "No worries at all, see you next time!",
    "Hey, do you need a lift to the holiday party? I'm driving right past you",
    "Reminder to bring your insurance card and photo ID to your visit",
    "Hello! This is a courtesy text, your statement is available in the patient portal",
    "The ice machine is leaking again, maintenance ticket #4471 is in",
    "Loved seeing your pup at the front desk today! What's his name?",
    "Shuttle from the train station runs every 20 min, the stop is right outside",
    "Just confirming we got your voicemail, someone will call you back today",
    "Want to try the new Thai place for lunch? The pad see ew is amazing",
    "Our hours this week: Mon-Thu 8-6, Fri 8-3, closed Sat",
    "Appointment reminder: Wed June 11 at 3:00 PM. Please arrive 10 minutes early",
    "Pt portal is down for maintenance tonight 10pm-midnight",
    "Can you check if the 4pm confirmed? Their voicemail is full",
    "Sure, I'll consult the schedule and get back to you in 5",
    "The peel and stick wallpaper for the lobby came in, looks great",
    "Hi, you left your umbrella here today. We'll keep it at the front desk",
    "We're hiring a front desk coordinator! Send anyone you know our way",
    "Thank you for your payment of $250.00 on 06/04. Receipt #88120",
    "Your gift card balance is $75. Thank you for shopping with us",
    "For directions, take exit 14 and turn left at the second light. We're next to the bank",
    "Hi! Our spring open house is Thursday 5-7pm, bring a friend. Snacks and raffle!",
    "Sorry, who is this? New phone lost my contacts",
    "Just left, see you in 20",
    "Invoice 4539 5780 1234 needs to go to accounts payable",
    "Meeting ID 834 2210 9981, passcode 4471",
    "Our tax ID for your HSA paperwork is on the receipt",
    "Door code for the back entrance changed to 2468, don't share outside staff pls",
    "We validate parking! Park on level P2",
    "Office closed for July 4th. For urgent matters call 555-0100",
    "Hi, just following up on the email I sent yesterday about rescheduling",
    "Zip code for the new office is 92660 for your GPS",
    "The printer on the 2nd floor is jammed again, using the one by reception",
    "10:30 works! See you then",
    "Yes we take Apple Pay and all major cards",
    "Happy Friday team, great week! Donuts in the break room",
    "I'm out sick today, Maria is covering the phones",
    "Can you order more paper towels and the lavender hand soap?",
    "Confirmation code 7YH2KQ for your booking, see you soon",
    "Your referral code is GLOW25, share it with a friend!",
    "A reminder that payment is due at the time of service",
    "We'll be at the farmer's market Saturday with a booth, come say hi",
    "Thanks for letting us know. Hope you feel better and we'll see you when you're ready to rebook",
    "Is there anything else I can help you with today?",
    "There's street parking on Elm but watch the 2 hr limit",
    "The AC in the waiting room is fixed finally",
    "Saturday shift swap approved",
    "Reminder: quarterly fire drill Thursday 2pm, meet at the north lot",
    "Hey, are you still coming to trivia night?",
    "Our cancellation policy requires 24 hours notice to avoid a $50 fee",
    "Your account number for online bill pay is 100-44821",
    "Please allow 1-2 business days for a response to portal messages",
    "The new door system uses facial recognition, so no more badges after Monday",
    "Tamales and chicken mole for the potluck, who's in?",
    "Lol that video had me in stitches",
    "The break room sink drain is clogged again, don't pour coffee grounds down it",
    "Thanks for being so patient with the phone system this week!",
    "New procedure for closing: last one out sets the alarm and locks the back door",
    "Can someone take some shots of the new lobby for Instagram? Natural light is best before 10",
    "Our water treatment system is being serviced, use the bottled water in the fridge",
    "The results of the staff survey are in, thanks everyone for participating",
    "Order 1000 2000 3000 4008 was delivered to the loading dock",
    "Need a lift home after your appointment? The front desk can call a cab",
    "Any filler ideas for the newsletter? We have a blank spot under the holiday hours",
]:
    sms("clean", t)

# ============================================================================
# CLEAN: email
# ============================================================================

SIG = """
--
Bayview Aesthetics
2201 Shoreline Dr, Suite 4, Long Beach, CA 90803
Tel 555-0134 | Fax 555-0135
"""

eml("clean", "Holiday hours", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Happy holidays from our team!</p><p>We'll be closed Dec 24-26 and Jan 1. Regular hours resume Jan 2 at 9:00 AM.</p>
<p>Bayview Aesthetics &middot; 2201 Shoreline Dr, Suite 4 &middot; 555-0134</p>""")

eml("clean", "Directions and parking", FD, PT,
    text="""Hi there,

We're on the 2nd floor of the Shoreline Medical Plaza. Parking is free in the structure behind the building; take the elevator to 2 and we're the first door on the left.

If you get lost, just call us.
""" + SIG)

eml("clean", "Your appointment is confirmed", FD, PT,
    text="""Hi Maria,

This confirms your appointment on Thursday, June 12 at 2:30 PM with Dr. Ames.

Please arrive 10 minutes early to complete paperwork. If you need to reschedule, give us 24 hours notice.
""" + SIG)

eml("clean", "Receipt for your payment", BILL, PT,
    text="""Thank you for your payment.

Date: 06/09/2025
Amount: $180.00
Method: Visa ending in 4242
Receipt #: 2025-060912

Crestwood Dermatology Billing
""")

eml("clean", "Staff potluck Friday!", ("Office Manager", "om@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="""Hi all,

Potluck Friday at noon in the break room. Sign-up sheet is on the fridge. I'm bringing my famous mac and cheese.

Also: someone's drip coffee maker is still on every night, please unplug before you leave!
""")

eml("clean", "Re: lift gate", ("Facilities", "facilities@shoreline.example"), ("Office Manager", "om@bayviewaesthetics.example"),
    text="The lift gate at the loading dock is repaired. Deliveries can resume Monday.")

eml("clean", "Form filler not working", ("Front Desk", "fd@harborplastic.example"), ("IT Support", "it@harborplastic.example"),
    text="Chrome's form filler keeps putting the wrong address into the shipping page. Can you take a look when you get a chance?")

eml("clean", "Newsletter: meet the team", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<h2>Meet Sofia, our new patient coordinator!</h2>
<p>Sofia joins us from Denver and loves hiking, baking sourdough, and her two cats.</p>
<p>Stop by the front desk to say hello.</p>
<p style="color:#999">You're receiving this because you subscribed. <a href="https://x.example/unsub">Unsubscribe</a></p>""")

eml("clean", "Your statement is ready", BILL, PT,
    text="""Your latest statement is available in the patient portal.

Account: 100-44821
Statement date: 06/01/2025
Amount due: $0.00

Questions? Call 555-0199, Mon-Fri 9-4.
""")

eml("clean", "Re: reschedule", FD, PT,
    text="""No problem! I've moved you to Tuesday the 17th at 11:15 AM. See you then.

> Can I move my Friday appointment? Something came up at work.
""" + SIG)

eml("clean", "Office closed Friday", ("Office Manager", "om@crestwoodderm.example"), ("Team", "team@crestwoodderm.example"),
    text="Reminder: office closed Friday for the carpet cleaning. Please take any plants home Thursday night.")

eml("clean", "Re: W-2", ("Payroll", "payroll@bayviewaesthetics.example"), ("Tara", "tara@bayviewaesthetics.example"),
    text="Your updated W-2 is available in the payroll app. Let me know if the address still looks wrong.")

eml("clean", "Orange peel texture on the wall", ("Contractor", "bob@paintpros.example"), ("Office Manager", "om@bayviewaesthetics.example"),
    text="We'll match the orange peel texture on the hallway wall when we patch it Saturday. Should take 2 hours, then paint Monday.")

eml("clean", "We're hiring", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Love our team? Join it! We're hiring a part-time receptionist (Tue/Thu/Sat). Send your resume to jobs@bayviewaesthetics.example.</p>""")

eml("clean", "Quick survey", MKT, PT,
    html="""<p>How was your visit? Take our 2-minute survey and enter to win a $50 gift card.</p><p><a href="https://survey.example/s/881">Start survey</a></p>""")

eml("clean", "Refund processed", BILL, PT,
    text="We've processed a refund of $95.00 to your original payment method. Reference 7781-2290. Please allow 5-7 business days.")

eml("clean", "Welcome to the team!", ("HR", "hr@harborplastic.example"), ("New Hire", "newhire@gmail.example"),
    text="""Welcome aboard! Your first day is Monday. Please arrive at 8:30; parking is in lot C. Bring two forms of ID for your I-9.

We'll have lunch together at noon.""")

eml("clean", "Wi-Fi upgrade", ("IT Support", "it@harborplastic.example"), ("All Staff", "all@harborplastic.example"),
    text="The Wi-Fi will be down Saturday 7-9 AM for an upgrade. The new network name will be HPS-Staff.")

eml("clean", "Thank you!", FD, PT,
    html="""<p>Thank you for visiting us today! We'd love to hear about your experience.</p>
<p>Leave us a review on Google &rarr; <a href="https://g.example/r">here</a></p>""")

eml("clean", "Lunch order", ("Kayla", "kayla@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="Ordering from the taco place at 11:45. Reply with your order. I'll put it on the card, Venmo me.")

eml("clean", "Invoice 4410-2291", ("Medline", "ar@supplier.example"), ("Accounts Payable", "ap@crestwoodderm.example"),
    text="""Please find invoice details below.

Invoice: 4410-2291
PO: 88120
Terms: Net 30
Amount: $1,284.50
Items: exam table paper (12 rolls), nitrile gloves M (10 bx), paper towels (4 cs)
""")

eml("clean", "Re: payment plan", BILL, PT,
    text="We've set up a 3-month payment plan of $120/month starting July 1. You'll get a reminder a few days before each payment.")

eml("clean", "Reminder: CPR recertification", ("Office Manager", "om@harborplastic.example"), ("All Staff", "all@harborplastic.example"),
    text="CPR/BLS recertification is Saturday 9-12 in the conference room. Lunch provided.")

eml("clean", "Parking lot repaving", ("Building Mgmt", "mgmt@shoreline.example"), ("Tenants", "tenants@shoreline.example"),
    text="The north lot will be repaved June 20-21. Please use the south structure. We apologize for the inconvenience.")

eml("clean", "Spring open house", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<h1>You're invited!</h1><p>Join us Thursday, April 10, 5-8 PM for bubbly, bites, raffle prizes and a tour of our newly renovated space.</p>
<p>RSVP by replying to this email.</p>""")

eml("clean", "Re: hours", FD, PT,
    text="Hi! We're open until 7 on Wednesdays. Saturday hours are 9-2." + SIG)

eml("clean", "Updated fax number", ("Crestwood Derm", "info@crestwoodderm.example"), ("Referral partners", "partners@crestwoodderm.example"),
    text="Please note our new fax number is 555-0188 effective July 1.")

eml("clean", "Holiday party", ("HR", "hr@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="Holiday party is Dec 13 at Luigi's, 7 PM. Plus-ones welcome. Ugly sweater contest!")

eml("clean", "Your account", ("Patient Portal", "noreply@portal.example"), PT,
    text="Your password was changed on June 9, 2025 at 10:42 AM. If this wasn't you, contact us.")

eml("clean", "Re: directions", FD, PT,
    text="""From the 405, exit Main St, go east 1.2 miles. We're in the Oak Plaza, between the bank and the dry cleaner. Suite 210.
""" + SIG)

eml("clean", "Schedule for next week", ("Office Manager", "om@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="""Next week's front desk coverage:
Mon: Tara / Lena
Tue: Lena / Kayla
Wed: Tara / Kayla
Thu: all hands (open house)
Fri: Lena
""")

eml("clean", "Tracking", ("Shop", "shop@bayviewaesthetics.example"), PT,
    text="Your order 100491 has shipped via USPS. Tracking: 9400 1111 2222 3333 4444 55. Thanks for shopping with us!")

eml("clean", "Feedback", ("Anne", "anne.w@gmail.example"), FD,
    text="Just wanted to say the front desk team was so lovely today. Thank you for making it easy!")

eml("clean", "Re: question", FD, PT,
    text="Yes, we accept CareCredit and all major cards. Payment is due at the time of service.")

eml("clean", "Referral program", MKT, PT,
    html="""<p>Refer a friend and you both get $50 off your next visit. Share your code: <b>SUNNY50</b></p>""")

eml("clean", "New patient paperwork", FD, PT,
    html="""<p>Welcome! To save time at check-in, please complete your paperwork online before your visit.</p><p><a href="https://portal.example/forms">Complete forms</a></p>""" )

eml("clean", "Moving the 3pm", FD, ("Dr. Ames", "dr.ames@bayviewaesthetics.example"),
    text="Your 3 PM asked to move to 4:15. You're free then, ok to switch?")

eml("clean", "Re: coffee", ("Jess", "jess.injects@gmail.example"), ("Kayla", "kayla@bayviewaesthetics.example"),
    text="Yes please, oat milk latte! I'll pay you back.")

eml("clean", "Re: the printer", ("IT", "it@crestwoodderm.example"), ("Front Desk", "fd@crestwoodderm.example"),
    text="The laser printer in the billing office needs a new toner cartridge. I ordered one, should be here Tuesday.")

eml("clean", "Missed call", FD, PT,
    text="Sorry we missed your call! We're available 8-5 Monday through Friday. You can also message us through the portal.")

eml("clean", "Reminder: your visit tomorrow", FD, PT,
    html="""<table><tr><td>Date</td><td>Tue, June 17</td></tr><tr><td>Time</td><td>9:45 AM</td></tr><tr><td>Location</td><td>Bayview Aesthetics, Suite 4</td></tr></table>
<p>Reply C to confirm.</p>""")

eml("clean", "Annual review", ("HR", "hr@harborplastic.example"), ("Tara", "tara@bayviewaesthetics.example"),
    text="Your annual review is scheduled for June 25 at 3:30 with Pam. Please fill out the self-evaluation beforehand.")

eml("clean", "Supply order", ("Kayla", "kayla@bayviewaesthetics.example"), ("Office Manager", "om@bayviewaesthetics.example"),
    text="We need more cotton rounds, paper cups, printer paper and the big trash bags.")

eml("clean", "Re: Saturday", ("Lena", "lena@bayviewaesthetics.example"), ("Tara", "tara@bayviewaesthetics.example"),
    text="Can't do Saturday, my sister's wedding. Can you ask Kayla?")

eml("clean", "Statement question", PT, BILL,
    text="Hi, I got a statement for $40 but I thought I paid in full at checkout. Can you check? Thanks, Robert")

eml("clean", "Re: Statement question", BILL, PT,
    text="You're right, the payment was posted to the wrong date. Your balance is now $0. Sorry for the confusion!")

eml("clean", "Job posting", ("HR", "hr@crestwoodderm.example"), ("Indeed", "jobs@indeed.example"),
    text="Please post the attached description for a Medical Receptionist, full time, $22-25/hr, Long Beach.")

eml("clean", "Fire inspection", ("Building Mgmt", "mgmt@shoreline.example"), ("Tenants", "tenants@shoreline.example"),
    text="The fire marshal will inspect all suites on Wednesday between 10 and 2. Please keep exits clear.")

eml("clean", "Team outing", ("Office Manager", "om@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    html="""<p>Bowling on Friday the 20th! Lanes booked 6-8 PM at Shoreline Lanes. Pizza provided.</p>""")

eml("clean", "Your gift card", ("Shop", "shop@bayviewaesthetics.example"), PT,
    text="Your gift card code is 6Y2K-99QX-1140. Balance: $100.00. Valid at any location.")

eml("clean", "Welcome back", FD, PT,
    text="It's been a while! We'd love to see you again. Call or text 555-0134 to book." + SIG)

eml("clean", "Re: new address", FD, PT,
    text="Thanks, I updated your mailing address to 117 Birch Lane, Apt 3, Portland, OR 97205.")

eml("clean", "Time off request", ("Tara", "tara@bayviewaesthetics.example"), ("Office Manager", "om@bayviewaesthetics.example"),
    text="Requesting July 7-11 off for a family trip. Lena said she can cover.")

eml("clean", "The fridge", ("Office Manager", "om@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="Cleaning out the staff fridge Friday at 4. Anything unlabeled goes!")

eml("clean", "Fwd: conference", ("Dr. Ames", "dr.ames@bayviewaesthetics.example"), ("Office Manager", "om@bayviewaesthetics.example"),
    text="Can you book me a hotel for the conference in Vegas, Oct 3-6? Something close to the convention center.")

eml("clean", "Re: W-9", BILL, ("Vendor", "ar@vendor.example"),
    text="Attached is our W-9 info in the body: EIN 95-4421876, Crestwood Dermatology Inc, 88 Elm St, Long Beach CA 90802.")

eml("clean", "Password reset", ("IT Support", "it@harborplastic.example"), ("Lena", "lena@bayviewaesthetics.example"),
    text="Your temporary password is in a separate text. It expires in 24 hours.")

eml("clean", "Mother's Day gift cards", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Give mom some me-time! Buy a $100 gift card, get a $20 bonus card. In store or online through May 11.</p>""")

eml("clean", "Re: timing", FD, PT,
    text="Sounds good, we'll see you at 10:30 on the 3rd. Drive safe!")

eml("clean", "Reminder: pay stubs", ("Payroll", "payroll@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="Pay stubs are now only in the app. Paper stubs stop after the June 15 payroll.")

eml("clean", "Loyalty points", MKT, PT,
    html="""<p>You have <b>1,250</b> loyalty points! That's $25 toward your next visit. Points expire Dec 31.</p>""")

eml("clean", "Re: thank you card", ("Lena", "lena@bayviewaesthetics.example"), FD,
    text="The thank you card from the Garcias is on the fridge, so sweet.")

eml("clean", "Out of office", ("Dr. Ames", "dr.ames@bayviewaesthetics.example"), PT,
    text="I'm out of the office until Monday, June 16. For scheduling, please contact the front desk at 555-0134.")

eml("clean", "Re: late fee", BILL, PT,
    text="We've waived the late fee this time as a courtesy. Your balance is $60, due by the 30th.")

eml("clean", "ZIP code for taxes", ("Accounting", "acct@bayviewaesthetics.example"), BILL,
    text="Use ZIP 90803 for the sales tax lookup on retail items.")

eml("clean", "Re: keys", ("Office Manager", "om@bayviewaesthetics.example"), ("Kayla", "kayla@bayviewaesthetics.example"),
    text="Spare keys are in the lockbox, code 1987. Please return them by Monday.")

eml("clean", "Confirm your email", ("Patient Portal", "noreply@portal.example"), PT,
    html="""<p>Please confirm your email address to finish setting up your account.</p><p><a href="https://portal.example/confirm?t=abc">Confirm</a></p>""")

eml("clean", "Re: voicemail", FD, PT,
    text="Got your voicemail. Yes, we can see you at 10:30 on Saturday. Meet at the check-in desk." + SIG)

eml("clean", "1099s", ("Accounting", "acct@bayviewaesthetics.example"), ("Contractors", "contractors@bayviewaesthetics.example"),
    text="1099s go out January 31. Make sure we have your current address.")

eml("clean", "Re: scrubs", ("Office Manager", "om@harborplastic.example"), ("All Staff", "all@harborplastic.example"),
    text="New scrub sizes are in. Try them on before Friday so I can exchange what doesn't fit.")

eml("clean", "The charity 5K", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Our team is running the Shoreline 5K on Sept 7 for the local food bank. Join us or cheer us on!</p>""")

eml("clean", "Re: appointment time", FD, PT,
    text="Your appointment is at 1:15 PM, not 1:50. Sorry for the typo in the last email!")

eml("clean", "Re: how to find us", FD, PT,
    html="""<p>We're in the white building with the blue awning. Enter through the courtyard; we're Suite 4.</p><p>Tel 555-0134</p>""")

eml("clean", "September calendar", ("Office Manager", "om@bayviewaesthetics.example"), ("Team", "team@bayviewaesthetics.example"),
    text="Closed Sept 1 (Labor Day). Team meeting Sept 10 at 8. Open house Sept 25 5-8 PM.")

eml("clean", "Re: question about hours", FD, ("Guest", "guest4471@gmail.example"),
    text="Yes, we have evening hours on Tuesdays and Thursdays until 7 PM.")

eml("clean", "Dr. Ames is speaking!", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Dr. Ames will be speaking at the Women in Business luncheon on May 8 about building a small business. Tickets at the link.</p>""")

# ============================================================================
# Batch 2: written after the first fixes, knowing the engine's shape (its
# first-run score is reported on its own in README.md). Varied senders and
# formats: Spanish, entity-encoded HTML, preheaders, alt text, subject-only
# and display-name-only PHI, identifiers in other layouts, and office mail
# that sits next to clinical words without being clinical.
# ============================================================================

for t in [
    "Hi Sarah, Dr. Kim asked me to follow up on your breast implant consultation. Any questions about sizing?",
    "Can you text me a pic of your incision? want to make sure it's closing well",
    "Hola Maria, su cita para Botox es el martes a las 3. Gracias!",
    "Reminder: Lipo 360 pre-op labs are due Friday",
    "We have your Kenalog shot for the cyst on the 12th",
    "Your vitamin D came back at 18, start 50,000 IU weekly",
    "the bikini hair removal package has 2 sessions left",
    "We can't do your laser while you're on doxy, it makes you photosensitive",
    "Dr. wants you to stop the minoxidil 2 weeks before the hair transplant",
    "Please send the signed consent for your vaginal rejuvenation treatment",
    "Your sclerotherapy for the spider veins is booked for 7/8",
    "Patient Jane Doe, DOB 5/6/77, please fax her records to Dr. Ruiz",
    "My Aetna member number is W123456789",
    "Policy #: 884722109 for the claim",
    "Visa 4012 8888 8888 1881 exp 11/28",
    "birthdate: 1988-07-14",
    "born on July 14, 1988 if that helps",
    "ur lips r healing gr8! swelling shld b down by fri",
    "how's the nose feeling? any bleeding?",
    "tox + filler before the wedding? we can do 2 wks before",
    "got ur msg about the bump on ur lip, Dr wants to see it tmrw",
    "your hormone pellets are due next week",
    "Metformin refill was sent to Rite Aid",
    "Dr. P approved the Valtrex for your cold sores",
    "your hCG came back negative, ok to proceed with the laser",
    "Hi, just following up on your Xeomin touch up, how does the forehead look?",
    "Reminder: Moxi laser on Monday, no self tanner please",
    "Your SkinPen appt is confirmed for Tues 2pm",
    "Post-op check: how's the drain output today? Record the numbers",
    "Reminder: 2 wks post lipo, keep wearing the faja",
    "Quick reminder to take your Valium 1 hr before the procedure and have a driver",
    "Your Retin A prescription is ready",
    "Your Sofwave appt is confirmed",
    "Did the numbing work ok for your lip filler last time?",
    "Reminder: PRP + microneedling series, session 2 next Thursday",
    "Your biostimulator appt is Friday",
    "the tretinoin is making me peel like crazy, is that normal?",
    "Can I get Botox if I'm breastfeeding?",
    "I think my lip filler migrated, there's a lump above my lip",
    "Is it normal that one eyebrow is higher after my botox?",
]:
    sms("phi", t)

eml("phi", "Re: post-op day 3", NURSE, PT, text="Thanks for the update, that all sounds normal. See you Friday!")

eml("phi", "Your appointment", ("Botox Reminders", "noreply@bayviewaesthetics.example"), PT,
    text="See you tomorrow at 10:30.")

eml("phi", "Newsletter", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<div style="display:none;max-height:0">Your lip filler results are waiting</div><p>Hello from the team!</p>""")

eml("phi", "Menu", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>New this month: Juv&eacute;derm Volux for the jawline and Restylane&reg; Eyelight.</p>""")

eml("phi", "gallery", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>See our gallery</p><img src="https://cdn.example/g/1.jpg" alt="before and after lip augmentation">""")

eml("phi", "lab order", ("Willow Wellness", "care@willowwellness.example"), PT,
    text="Attached is your lab requisition for the fasting panel.",
    atts=[("requisition.pdf", pdf(), "application/pdf")])

eml("phi", "Invitation: Filler follow-up", ("Calendar", "cal@bayviewaesthetics.example"), PT,
    text="You have been invited to an event.",
    atts=[("invite.ics", ics("Filler follow-up"), "text/calendar")])

eml("phi", "records request", ("Records", "records@harborplastic.example"), ("Dr. Ruiz", "ruiz@example.net"),
    text="""Patient: Katie Brennan
Date of birth: 07/22/1991
Procedure: bilateral breast augmentation, 2019
Please send operative report.""")

eml("phi", "pt question", NURSE, ("Dr. Chen", "drchen@harborplastic.example"),
    text="Pt from yesterday's abdominoplasty is asking if she can shower with the drains in. OK to say yes after 48h?")

eml("phi", "Statement", BILL, PT,
    text="""Date of service 05/28/2025
  Office visit, established patient         $150.00
  Destruction of premalignant lesions (14)  $220.00
  Insurance payment                        -$260.00
  Patient responsibility                    $110.00""")

eml("phi", "Re: swelling", ("Ann", "ann.t@gmail.example"), NURSE,
    text="My eyes are still really puffy 5 days after the bleph, is that normal? Attaching a photo.",
    atts=[("IMG_2231.JPG", jpeg(), "image/jpeg")])

eml("phi", "Fwd: referral", ("Dr. Lowe", "lowe@crestwoodderm.example"), ("Front Desk", "fd@crestwoodderm.example"),
    text="Please book this referral for a Mohs consult within 2 weeks. Path shows SCC of the right temple.")

for t in [
    "Hi! Friendly reminder of your appointment on Friday, 6/20 at 11:00 AM. Please reply YES to confirm.",
    "Your payment of $1,250.00 was received. Thank you!",
    "We're excited to announce our new location in Irvine! Grand opening June 28",
    "Our office will close early at 3 PM on Christmas Eve",
    "Text STOP to unsubscribe from reminders",
    "Hi, this is Kelly from the front desk. Your insurance card photo came through blurry, can you resend it?",
    "Your card ending in 4242 was declined. Please update your payment method",
    "Hi team, reminder that the quarterly all-hands is tomorrow at 8",
    "Please complete your HIPAA training module by Friday",
    "The IT guy is coming at noon to fix the lobby TV",
    "Sorry to hear about your mom, take all the time you need",
    "We're collecting for Jen's baby shower, $10 each, envelope at the front",
    "Your appointment has been moved to 2:30 PM on Thursday, June 19",
    "Please arrive 15 minutes early to fill out paperwork",
    "Our Google rating just hit 4.9! Thank you all",
    "Please don't park in the doctors' reserved spots",
    "Prices go up July 1, book before then to lock in current pricing",
    "We now accept Cherry and CareCredit financing",
    "New patient special: 10% off your first visit",
    "Membership perk: a monthly credit toward any service",
    "Can someone cover the phones from 12-1?",
    "Tracking number 1Z 999 AA1 01 2345 6784",
    "Your confirmation number is 58213-A",
    "Phone (555) 123-4567, fax (555) 123-4568",
    "The meeting is on 3/4 at our 1982 Main St office",
    "Happy birthday Dr. Lee! Cake at 3 in the break room",
    "Birthday club: members get $25 off in their birthday month",
    "Our founder started the practice in 2005 after moving from Chicago",
    "Hi! We have a last minute opening tomorrow at 9:15 if you'd like it",
    "Reminder: we require a credit card on file to hold appointments",
]:
    sms("clean", t)

eml("clean", "We're moving!", MKT, ("Subscribers", "list@bayviewaesthetics.example"),
    html="""<p>Big news: starting August 4 you'll find us at <b>88 Harbor View Rd, Suite 12</b>. Same team, more parking!</p>
<img src="https://cdn.example/img/newbuilding.jpg" alt="our new building">""")

eml("clean", "Your receipt", ("Shop", "shop@bayviewaesthetics.example"), PT,
    text="""Receipt #A-100233
Gift card, $150.00
Paid: Mastercard ending 5100
Thank you!""")

eml("clean", "Re: hours next week", FD, PT,
    text="Hi! Next week we're open Monday to Thursday 9 to 6 and closed Friday for the holiday.")

eml("clean", "Parking validation", ("Building Mgmt", "mgmt@shoreline.example"), ("Tenants", "tenants@shoreline.example"),
    text="Starting July 1, visitor parking validation moves to the kiosk in the lobby.")

eml("clean", "Team lunch", ("Office Manager", "om@harborplastic.example"), ("All Staff", "all@harborplastic.example"),
    text="Team lunch Wednesday at noon, Mediterranean. Let me know dietary restrictions by Monday.")

eml("clean", "Staff photos", MKT, ("Team", "team@bayviewaesthetics.example"),
    text="The photographer is coming Tuesday at 10 for new staff headshots. Wear something solid-colored!")

eml("clean", "Re: invoice", BILL, ("Vendor", "ar@vendor.example"),
    text="Invoice 2025-0611 for the waiting room chairs was paid by ACH today, confirmation 88123.")

eml("clean", "Out of office", ("Dr. Chen", "drchen@harborplastic.example"), PT,
    text="I am out of the office until June 23 with limited access to email. For scheduling, please call 555-0177.")

eml("clean", "Welcome!", MKT, PT,
    html="""<h2>Welcome to the Bayview family!</h2><p>Save our number, 555-0134, and follow us on Instagram for news and events.</p>""")

eml("clean", "Re: Saturday", FD, PT,
    text="We're open Saturdays 9 to 2. Street parking is free on weekends.")

# ---------------------------------------------------------------------------

def main():
    for label in ("phi", "clean"):
        d = os.path.join(ROOT, label)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for i, (kind, body) in enumerate(OUT[label]):
            name = os.path.join(d, "%s-%03d.%s" % (label, i, kind))
            mode = "wb" if kind == "eml" else "w"
            with open(name, mode) as f:
                f.write(body)
    print({k: len(v) for k, v in OUT.items()})

if __name__ == "__main__":
    main()
