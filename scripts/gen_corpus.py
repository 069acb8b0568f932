#!/usr/bin/env python3
"""Generate the labelled filters corpus: testdata/corpus/{phi,clean}/*.{txt,eml}.

Deterministic (fixed seed). Messages are written from templates that mimic
what front-desk staff, nurses and marketing send from an aesthetic /
dermatology / plastic-surgery practice: reminders, billing, directions, care
instructions, post-op check-ins, marketing and chit-chat. Every PHI message
has a reason a privacy officer would name (a treatment, product, medication,
condition, clinical phrase, identifier, photo or attachment); evasions
(leetspeak, separators, look-alike letters, zero-width characters, accents)
are applied to a share of them. Re-run after editing and commit the output:

    python3 scripts/gen_corpus.py
"""
import base64, os, random, shutil

R = random.Random(20240603)
ROOT = os.path.join(os.path.dirname(__file__), "..", "testdata", "corpus")

FIRST = ["Jane", "Maria", "Priya", "Ashley", "Tom", "Kevin", "Linh", "Fatima", "Rachel", "Sofia", "Emily", "Grace",
         "Olivia", "Chloe", "Daniel", "Marcus", "Aisha", "Hannah", "Nicole", "Brittany", "Megan", "Jasmine", "Lauren", "Camila"]
LAST = ["Doe", "Garcia", "Patel", "Nguyen", "Kim", "Johnson", "Okafor", "Rossi", "Cohen", "Martinez", "Brown", "Silva",
        "Anderson", "Lee", "Walker", "Haddad", "Novak", "Fischer", "Ramirez", "Turner"]
STAFF = ["Dr. Lee", "Dr. Patel", "Dr. Moreno", "Dr. Shah", "Sarah", "Kim", "Jess", "Nurse Amanda", "Tara", "Dr. Brooks"]
PRACTICE = ["Glow Aesthetics", "Radiant Skin Studio", "Bella Medical Spa", "Harbor Plastic Surgery", "Lumière Dermatology",
            "Willow Wellness", "Elevate Med Spa", "Northside Dermatology", "Serenity Skin Clinic", "Coastal Aesthetic Center"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "tomorrow", "today", "next Tuesday", "this Friday"]
TIMES = ["9:00 AM", "9:30am", "10:15 AM", "11am", "12:30 PM", "1:45pm", "2:00 PM", "3:15 PM", "4pm", "5:30 PM"]
STREETS = ["1200 Harbor Blvd, Suite 210", "45 Elm Street, 2nd floor", "889 Market St, Suite 5", "300 Lakeview Dr",
           "17 Oak Ave, Building B"]

def pick(xs): return R.choice(xs)
def name(): return pick(FIRST)
def full(): return f"{pick(FIRST)} {pick(LAST)}"
def fill(t):
    d = dict(name=name(), staff=pick(STAFF), practice=pick(PRACTICE), day=pick(DAYS), time=pick(TIMES),
             street=pick(STREETS), amt=f"{R.randint(25, 2400)}.{R.choice(['00','50','99','25'])}",
             n=R.randint(2, 9), phone=f"({R.randint(201,989)}) {R.randint(200,999)}-{R.randint(1000,9999)}",
             inv=R.randint(10000, 99999), full=full(), month=pick(["March", "April", "May", "June", "October"]),
             pct=pick([10, 15, 20, 25]))
    return t.format(**d)

# ---- PHI: treatments, products, medications, conditions, clinical phrasing ----
TREAT = ["Botox", "Dysport", "Xeomin", "Jeuveau", "Daxxify", "lip filler", "Juvéderm Voluma", "Restylane Kysse", "Sculptra",
         "Radiesse", "RHA 4", "Belotero", "Kybella", "CoolSculpting", "Emsculpt NEO", "a chemical peel", "the VI Peel", "microneedling",
         "Morpheus8", "IPL photofacial", "laser hair removal", "Fraxel", "CO2 laser resurfacing", "PRP microneedling", "HydraFacial",
         "Ultherapy", "a PDO thread lift", "sclerotherapy", "tear trough filler", "cheek filler", "jawline filler", "semaglutide",
         "tirzepatide", "your testosterone pellets", "BHRT", "a B12 shot", "an IV vitamin drip", "the Myers cocktail", "NAD+ infusion",
         "Sofwave", "Thermage", "PicoSure", "tattoo removal", "a liquid rhinoplasty", "baby Botox", "a lip flip", "masseter Botox",
         "underarm Botox for hyperhidrosis", "Kenalog injection", "miraDry", "a dermaplaning facial", "Clear + Brilliant", "Halo laser"]
SURG = ["rhinoplasty", "your breast augmentation", "tummy tuck", "abdominoplasty", "blepharoplasty", "your facelift", "the deep plane facelift",
        "BBL", "Brazilian butt lift", "liposuction", "lipo 360", "breast lift", "breast reduction", "mommy makeover", "labiaplasty",
        "gynecomastia surgery", "implant removal", "the explant", "neck lift", "brow lift", "chin implant", "buccal fat removal",
        "otoplasty", "arm lift", "fat transfer", "septoplasty", "mastopexy"]
MEDS = ["tretinoin", "hydroquinone", "spironolactone", "doxycycline", "valacyclovir", "Valtrex", "isotretinoin", "Accutane",
        "Ozempic", "Wegovy", "Mounjaro", "Zepbound", "phentermine", "finasteride", "oral minoxidil", "clindamycin gel",
        "Latisse", "estradiol", "progesterone", "Keflex", "the Medrol dose pack", "ondansetron", "your pain medication",
        "the antibiotic", "tranexamic acid", "metformin", "Xanax before the procedure", "Tri-Luma", "azelaic acid"]
CONDS = ["melasma", "rosacea", "cystic acne", "your acne scars", "hyperhidrosis", "the cold sore", "eczema", "psoriasis",
         "alopecia", "hair loss", "the keloid", "spider veins", "the mole we biopsied", "actinic keratosis", "basal cell carcinoma",
         "your PCOS", "menopause symptoms", "low testosterone", "the lipoma", "vitiligo", "gynecomastia", "diastasis recti",
         "capsular contracture", "the seroma", "your diabetes", "high blood pressure", "your pregnancy"]

PHI_SMS = [
    "Hi {name}, reminder of your {T} appointment {day} at {time} with {staff}. Reply C to confirm.",
    "Hey {name}! Just checking in after your {T} yesterday - any questions, text us back.",
    "{name}, your {T} touch-up is booked for {day} at {time}. See you then!",
    "Hi {name}, {staff} wanted to know how you're feeling after {T}. Some swelling is totally normal for 2-3 days.",
    "Good morning {name}! It's been 2 weeks since your {T} - time to book your follow-up so we can check your results.",
    "{name} your balance of ${amt} for {T} is due. Pay online or call us at {phone}.",
    "Reminder: no alcohol or blood thinners 24 hrs before your {T} on {day}.",
    "Hi {name}, we received your payment of ${amt} for {T}. Thank you!",
    "Hi {name}, {staff} here. Your pre-op appointment for {S} is {day} at {time}. Please bring your compression garment.",
    "{name}, how is the recovery going after {S}? Please send a photo of the incisions when you get a chance.",
    "Reminder {name}: nothing to eat or drink after midnight before your {S} {day}. Arrange a driver to take you home.",
    "Hi {name}, your surgery date for {S} is confirmed: {day}. Deposit of ${amt} received.",
    "{name}, your post-op check for {S} is {day} at {time}. Keep wearing your garment until then.",
    "Hey {name}, your prescription for {M} was sent to the CVS on Main. Call us if there's an issue.",
    "{name}, {staff} approved your refill of {M}. It should be ready at your pharmacy this afternoon.",
    "Hi {name}, please stop {M} 3 days before your appointment on {day}.",
    "Hi {name}, your {M} is on backorder, we'll text when it ships.",
    "{name}, {staff} reviewed your photos - the {C} looks much better. Keep using the cream nightly.",
    "Hi {name}, we have a cancellation {day} at {time} if you'd like to come in sooner about the {C}.",
    "{name} - follow-up for {C} moved to {day} {time}. Reply Y to confirm.",
    "Your lab results are back, {name}. {staff} would like to go over them with you {day}.",
    "Hi {name}, we're sending over your treatment plan and the before and after photos from today.",
    "{name}, the consult notes from your visit with {staff} are ready in the portal.",
    "Hi {name}! Your sutures come out {day} at {time}. Keep the area clean and dry until then.",
    "{name}, a little bruising after your injections is normal. Arnica helps. Call if it gets worse.",
    "Hi {name} - your biopsy results came back. Please call {staff} at {phone} to discuss.",
    "Post-op day 3 check-in: {name}, how is the swelling? Any fever or redness around the incision?",
    "Hi {name}, 20 units booked for {day} at {time} with {staff}. Don't forget to come makeup free!",
    "{name}, please don't lie down for 4 hours after your treatment today and avoid the gym until tomorrow.",
    "Hey {name}, we can fit you in for a filler touch-up {day} at {time}, want it?",
    "Hi {name}, your weight loss injection dose goes up to 0.5 mg this week. Any nausea so far?",
    "{name}, your next hormone pellet insertion is due in {month}. Want me to book it?",
    "Hi {name}! How are your lips feeling after the filler? Any lumps, just massage gently.",
    "{name}, your consult for a breast lift with {staff} is {day} at {time}.",
    "Reminder: your IV drip appointment is {day} at {time}. Hydrate beforehand!",
]
PHI_EMAIL_SUBJ = ["Your {T} appointment", "Following up after {S}", "Aftercare instructions", "Your prescription",
                  "Results from your visit", "Post-op instructions", "Invoice for {T}", "Checking in", "Your treatment plan",
                  "Before your {S}", "Re: question about {C}", "Lab results", "Photos from today"]
PHI_EMAIL_BODY = [
    "Hi {name},\n\nThank you for coming in {day}. As discussed, {staff} recommends {T} every 3-4 months. Mild swelling and bruising can last up to a week.\n\nWarmly,\n{practice}\n{street}\n{phone}",
    "Dear {name},\n\nYour {S} is scheduled for {day}. Please stop smoking, aspirin and fish oil two weeks before surgery and arrange for a responsible adult to drive you home.\n\n{staff}\n{practice}",
    "Hi {name},\n\nAttached is your invoice #{inv} for {T} (${amt}). Let us know if you have any questions.\n\nBilling Team\n{practice}",
    "Hello {name},\n\nWe sent your prescription for {M} to your pharmacy. Apply a pea-sized amount at night and use sunscreen daily.\n\nBest,\n{staff}",
    "{name},\n\nFollowing up on your visit about {C}. {staff} would like to try {M} for 8 weeks and then reassess.\n\nThanks,\n{practice}",
    "Hi {name},\n\nJust checking in on your healing after {S}. Keep the steri-strips on, sleep elevated, and wear the compression garment 24/7 for the first two weeks.\n\n{staff}",
]

def subst(t):
    return t.replace("{T}", pick(TREAT)).replace("{S}", pick(SURG)).replace("{M}", pick(MEDS)).replace("{C}", pick(CONDS))

# identifiers
def ssn():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if a != 666: return f"{a:03d}-{g:02d}-{s:04d}"
def luhn_card(prefix, length):
    d = [int(c) for c in prefix]
    while len(d) < length - 1: d.append(R.randint(0, 9))
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        s += x
    d.append((10 - s % 10) % 10)
    n = "".join(map(str, d))
    if length == 16: return " ".join(n[i:i+4] for i in range(0, 16, 4)) if R.random() < .6 else n
    return n
def dob():
    m, dd, y = R.randint(1, 12), R.randint(1, 28), R.randint(1950, 2004)
    return pick([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{str(y)[2:]}", f"{y}-{m:02d}-{dd:02d}",
                 f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {dd}, {y}"])
IDS = [
    lambda: f"Hi, can you update my file? My SSN is {ssn()}. Thanks, {name()}",
    lambda: f"{name()} asked us to verify her social security number {ssn()} for the financing application.",
    lambda: f"New patient {full()}, DOB {dob()}, called about scheduling. Please call back at ({R.randint(201,989)}) 555-0{R.randint(100,199)}.",
    lambda: f"Please confirm your date of birth ({dob()}) at check-in on {pick(DAYS)}.",
    lambda: f"Patient born {dob()} - please pull the chart before the 2pm.",
    lambda: f"MRN: {R.randint(1000000, 9999999)} - please attach the signed forms to this chart.",
    lambda: f"Patient ID {pick(['A','P','HX'])}{R.randint(100000, 999999)} has an outstanding balance.",
    lambda: f"Insurance on file: member ID {pick(['XJH','W','ZGP','MEB'])}{R.randint(100000000, 999999999)}, group number {R.randint(10000, 99999)}.",
    lambda: f"Hi {name()}, we need your policy number to submit the claim - is it still {pick(['U','H','K'])}{R.randint(1000000, 9999999)}?",
    lambda: f"Card on file for the deposit: {luhn_card('4', 16)} exp {R.randint(1,12):02d}/{R.randint(26,30)}.",
    lambda: f"Please charge {luhn_card('5' + str(R.randint(1,5)), 16)} for the remaining balance.",
    lambda: f"Amex {luhn_card(pick(['34','37']), 15)} - please use this for {name()}'s package.",
    lambda: f"medical record number {R.randint(100000, 999999)} needs the updated consent.",
]
PATIENT_DIR = [f"{f} {l}" for f, l in [("Evelyn", "Marchetti"), ("Rosalind", "Okonkwo"), ("Thaddeus", "Whitcombe"),
                                       ("Marisol", "Echeverria"), ("Bartholomew", "Kowalczyk"), ("Genevieve", "Abernathy")]]
NAMES = [
    lambda n: f"Please call {n} back about her account.",
    lambda n: f"{n} is running 10 min late.",
    lambda n: f"Can someone pull the file for {n.upper()}?",
    lambda n: f"Message from {n}: see you Thursday!",
]

# evasions applied to a known term inside a sentence
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
LEET = {"o": "0", "e": "3", "i": "1", "a": "4", "s": "5", "t": "7"}
def ev_cyr(w): return "".join(CYR.get(c, c) if R.random() < .6 else c for c in w)
def ev_leet(w):
    out = "".join(LEET.get(c.lower(), c) if R.random() < .5 else c for c in w)
    return out if out != w else w[0] + "0" + w[2:] if len(w) > 3 and w[1].lower() == "o" else out.replace("o", "0", 1) or out
def ev_dots(w): return pick([".", " ", "-", "_", "*"]).join(w)
def ev_zw(w): return "\u200b".join(w[i:i+2] for i in range(0, len(w), 2))
def ev_shy(w): return w[:len(w)//2] + "\u00ad" + w[len(w)//2:]
def ev_hyph(w): return w[:len(w)//2] + "-" + w[len(w)//2:]
def ev_caps(w): return "".join(c.upper() if R.random() < .5 else c.lower() for c in w)
def ev_accent(w): return w.replace("e", "é", 1).replace("a", "á", 1)
def ev_fullwidth(w): return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
def ev_stretch(w): return w[:2] + w[2] * 3 + w[3:]
EVASIONS = [ev_cyr, ev_leet, ev_dots, ev_zw, ev_shy, ev_hyph, ev_caps, ev_accent, ev_fullwidth, ev_stretch]
EV_WORDS = ["Botox", "Juvederm", "lip filler", "Dysport", "Xeomin", "Restylane", "Sculptra", "Kybella", "CoolSculpting", "Ozempic",
            "semaglutide", "rhinoplasty", "liposuction", "microneedling", "Morpheus8", "tretinoin", "Accutane", "Wegovy",
            "Radiesse", "Mounjaro", "labiaplasty", "Emsculpt", "hydroquinone", "valacyclovir", "blepharoplasty"]
EV_TEMPL = ["Hi {name}, your {W} is {day} at {time}", "lol {name} the {W} looks amazing already", "{W} special for you {name}: $10 off",
            "reminder {W} {day} {time} w/ {staff}", "Did the {W} kick in yet {name}?", "{name} can we move my {W} to {day}?",
            "{W} appt confirmed for {day}", "Your {W} results should show in about 2 weeks!"]

# ---- clean messages ----
CLEAN = [
    "Hi {name}, reminder of your appointment at {practice} {day} at {time}. Reply C to confirm or R to reschedule.",
    "{practice}: you're confirmed for {day} at {time}. Please arrive 10 minutes early. Reply STOP to opt out.",
    "Hi {name}! Your appointment with {staff} is {day} at {time}. See you soon!",
    "Reminder: your visit is {day} at {time}. If you need to cancel, please give us 24 hours notice.",
    "Hi {name}, we missed you today! Call {phone} or book online to reschedule.",
    "Hi {name}, {staff} is running about 15 minutes behind today. So sorry for the wait!",
    "Your appointment has been rescheduled to {day} at {time}. Reply Y to confirm.",
    "Thanks for booking with {practice}! Need directions? We're at {street}. Free parking in the back lot.",
    "Parking tip: the garage on 3rd Street validates for 2 hours. Elevator to the 2nd floor, we're on the left.",
    "Hi {name}, our office is at {street}. The entrance is next to the coffee shop.",
    "Heads up: construction on Main St today, use the Oak Ave entrance to reach us.",
    "Hi {name}, your statement is ready. Balance due: ${amt}. Pay online at our patient portal or call {phone}.",
    "Thank you for your payment of ${amt}, {name}! Receipt #{inv} has been emailed to you.",
    "Hi {name}, just a friendly reminder that invoice #{inv} (${amt}) is past due.",
    "We now accept CareCredit and Cherry financing! Ask the front desk for details.",
    "Your gift card balance is ${amt}. Thanks for being part of the {practice} family!",
    "{practice} will be closed {day} for the holiday. We reopen the next morning at 9am.",
    "Snow day! The office is closed today. We'll call everyone on the schedule to rebook.",
    "Our new hours: Mon-Fri 9-6, Sat 10-3. Call {phone} to book.",
    "Happy birthday {name}! Wishing you a wonderful year from all of us at {practice}.",
    "Thanks so much for the lovely review, {name}! It made our whole team's day.",
    "Hi {name}, it was great to see you! Have a great weekend.",
    "lol yes, {staff} loved the cookies you brought. Thank you!!",
    "No worries at all {name}, see you next time!",
    "Haha thank you! We miss you too. Say hi to your mom for us.",
    "Hi {name}, you left your umbrella at the front desk - we'll hold it for you.",
    "Got it, thanks {name}! We'll update your email address.",
    "Spring is here! Refer a friend this {month} and you both get ${n}0 off your next visit.",
    "Join us for our Client Appreciation Night on {day}! Champagne, raffles and {pct}% off all skincare products.",
    "Our {month} newsletter is out: meet our new front desk coordinator and see our new waiting room.",
    "Follow us on Instagram for monthly giveaways and specials!",
    "We're hiring! {practice} is looking for a front desk coordinator. Send your resume to careers@example.com.",
    "Reminder: please complete your new patient paperwork online before your first visit.",
    "Please bring a photo ID and your insurance card to your appointment {day}.",
    "Our cancellation policy: appointments cancelled with less than 24 hours notice incur a $50 fee.",
    "If you are feeling unwell, please call us to reschedule your appointment. Thank you for helping keep everyone safe.",
    "Hi {name}, the portal is down for maintenance tonight from 10pm to midnight.",
    "Your loyalty points balance is {n}00. Redeem them at checkout!",
    "Hi {name}, we have an opening {day} at {time}. Want it? Reply YES.",
    "Thanks for calling {practice}! We'll get back to you within one business day.",
    "Quick survey: how was your visit? Tap the link to rate us 1-5 stars.",
    "Hi team, staff meeting moved to {day} at {time} in the break room.",
    "Can someone cover the front desk {day} from {time}? I have a dentist thing.",
    "The printer in the back office is jammed again, IT is coming at {time}.",
    "Lunch is on {staff} today - tacos in the break room!",
    "Please remember to clock out before you leave. Payroll closes {day}.",
    "Need a lift to the office tomorrow? My car is in the shop.",
    "The liftgate on the delivery van is broken, the supplies will come {day}.",
    "We'll have orange peel cookies at the open house - come say hi!",
    "Use the form filler in the portal to save time on paperwork.",
    "Our coffee bar now has drip coffee and oat milk lattes.",
    "Please consult the calendar before booking PTO.",
    "I'll give you a lift to the airport on {day} if you need it.",
    "Peel and stick labels arrived - they're in the supply closet.",
    "Our drip campaign email goes out {day} at {time}.",
    "Hi {name}, our new address is {street}. Same phone number: {phone}.",
    "Please call us back at {phone} when you have a minute. Thanks! - {staff}",
    "Welcome to {practice}! Save this number to reach our front desk by text.",
    "Hi {name}, just confirming we have your new mailing address on file.",
    "Reminder: our office closes early at 3pm on {day}.",
]
CLEAN_EMAIL_SUBJ = ["Your upcoming appointment", "Receipt from {practice}", "Directions and parking", "Holiday hours",
                    "We miss you!", "Thank you", "Statement available", "{month} newsletter", "Staff meeting", "Welcome to {practice}"]
SIGS = ["\n\n--\n{staff}\n{practice}\n{street}\nTel {phone}\n", "\n\nBest,\n{staff}\n{practice} | {phone}\n", "\n\n{practice}\n{street}\n"]

def eml(subject, body, frm=None, to=None, html=None, attach=None, inline_img=False):
    frm = frm or f'"{pick(STAFF)}" <frontdesk@example-clinic.com>'
    to = to or f'"{full()}" <patient{R.randint(1,999)}@example.com>'
    hdr = f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Mon, 3 Jun 2024 10:00:00 -0700\r\nMessage-ID: <{R.randint(1,10**9)}@example-clinic.com>\r\nMIME-Version: 1.0\r\n"
    if not html and not attach:
        return hdr + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n"
    b = "b" + str(R.randint(10**6, 10**7))
    out = hdr + f'Content-Type: multipart/mixed; boundary="{b}"\r\n\r\n'
    out += f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    if html:
        out += f"--{b}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{html}\r\n"
    for (fn, ctype, data, inline) in (attach or []):
        disp = "inline" if inline else f'attachment; filename="{fn}"'
        cid = f"Content-ID: <img{R.randint(1,999)}@clinic>\r\n" if inline else ""
        enc = base64.encodebytes(data).decode().replace("\n", "\r\n")
        out += f"--{b}\r\nContent-Type: {ctype}; name=\"{fn}\"\r\nContent-Disposition: {disp}\r\n{cid}Content-Transfer-Encoding: base64\r\n\r\n{enc}\r\n"
    return out + f"--{b}--\r\n"

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(R.randrange(256) for _ in range(300))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(R.randrange(256) for _ in range(300))
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Appointment\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

def main():
    for d in ("phi", "clean"):
        p = os.path.join(ROOT, d)
        shutil.rmtree(p, ignore_errors=True)
        os.makedirs(p)
    phi, clean = [], []
    # SMS-style PHI
    for i in range(110):
        phi.append(("txt", fill(subst(PHI_SMS[i % len(PHI_SMS)]))))
    # evasions
    for i in range(40):
        ev = EVASIONS[i % len(EVASIONS)]
        w = EV_WORDS[i % len(EV_WORDS)]
        phi.append(("txt", fill(pick(EV_TEMPL).replace("{W}", "{{W}}")).replace("{W}", ev(w))))
    # identifiers
    for i in range(26):
        phi.append(("txt", IDS[i % len(IDS)]()))
    # email PHI
    for i in range(30):
        subj = fill(subst(pick(PHI_EMAIL_SUBJ)))
        phi.append(("eml", eml(subj, fill(subst(PHI_EMAIL_BODY[i % len(PHI_EMAIL_BODY)])))))
    # PHI only in HTML (hidden text, entities, alt text)
    for i in range(10):
        t = pick(["Botox", "Juv&eacute;derm", "lip filler", "liposuction", "tretinoin", "Kybella", "microneedling"])
        html = pick([f'<p>Hi {name()}, see you {pick(DAYS)}!</p><div style="display:none">{t} follow-up</div>',
                     f'<p>Your visit summary</p><img src="https://cdn.example.com/x.png" alt="{t} before and after">',
                     f'<p>Hi!</p><p>Your&nbsp;{t}&nbsp;appointment is confirmed.</p>'])
        phi.append(("eml", eml("Your visit", "Please view this message in HTML.", html=html)))
    # photos and attachments (neutral text; the attachment is the PHI)
    for i in range(16):
        kind = i % 6
        body = fill(pick(["Hi {name}, see attached. Thanks!", "Here you go.", "As requested, attached.", "Hi {name}, sending this over."]))
        if kind == 0: att = [("IMG_2041.jpg", "application/octet-stream", JPEG, False)]
        elif kind == 1: att = [("photo.png", "image/png", PNG, False)]
        elif kind == 2: att = [("IMG_5501.HEIC", "application/octet-stream", HEIC, False)]
        elif kind == 3: att = [("document.pdf", "application/pdf", PDF, False)]
        elif kind == 4: att = [("invite.ics", "text/calendar", ICS, False)]
        else: att = [("before_after_lips.dat", "application/octet-stream", bytes(50), False)]
        phi.append(("eml", eml("Attached", body, attach=att)))
    # cid inline image and data: URI
    for i in range(4):
        if i % 2 == 0:
            phi.append(("eml", eml("Photo", "See below.", html='<p>See below</p><img src="cid:img1@clinic">',
                                   attach=[("", "image/jpeg", JPEG, True)])))
        else:
            phi.append(("eml", eml("Photo", "See below.", html='<p>Here</p><img src="data:image/png;base64,iVBORw0KGgo=">')))
    # patient names (needs the directory)
    for i in range(8):
        n = PATIENT_DIR[i % len(PATIENT_DIR)]
        phi.append(("txt", NAMES[i % len(NAMES)](n)))
    # clean
    for i in range(200):
        t = fill(CLEAN[i % len(CLEAN)])
        if R.random() < .25:
            t += fill(pick([" - {staff}", "\n{practice} {phone}", " Reply STOP to opt out."]))
        clean.append(("txt", t))
    for i in range(50):
        subj = fill(pick(CLEAN_EMAIL_SUBJ))
        body = fill(CLEAN[(i * 7) % len(CLEAN)]) + fill(pick(SIGS))
        if i % 5 == 0:
            html = "<html><body><p>" + body.replace("\n", "<br>") + "</p><p style='color:#888'>You received this because you are subscribed.</p></body></html>"
            clean.append(("eml", eml(subj, body, html=html)))
        else:
            clean.append(("eml", eml(subj, body)))
    for label, items in (("phi", phi), ("clean", clean)):
        for i, (ext, text) in enumerate(items):
            with open(os.path.join(ROOT, label, f"{label}-{i:03d}.{ext}"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
    with open(os.path.join(ROOT, "patients.txt"), "w") as f:
        f.write("\n".join(PATIENT_DIR) + "\n")
    print(len(phi), "phi,", len(clean), "clean")

if __name__ == "__main__":
    main()
