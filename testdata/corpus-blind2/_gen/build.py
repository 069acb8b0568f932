import sys, os, re, shutil
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from templates import *
from patients import PATIENTS, MALE
from phi_sms import PHI_SMS
from phi_email import PHI_EMAIL, PHI_SUBJECT_ONLY, PHI_HTML_ONLY, PHI_ATTACH
from clean_sms import CLEAN_SMS
from clean_email import CLEAN_EMAIL

OUT = "/tmp/blind2"
for d in ("phi", "clean"):
    shutil.rmtree(f"{OUT}/{d}", ignore_errors=True); os.makedirs(f"{OUT}/{d}")

def honor(full):
    return ("Mr." if full.split()[0] in MALE else R.choice(["Ms.", "Mrs."])) + " " + full
def nform(full):
    parts = full.split(); last = parts[-1]; rest = " ".join(parts[:-1])
    f = R.choice(["plain", "upper_lf", "honor", "lf", "plain", "upper"])
    return {"plain": full, "upper_lf": f"{last.upper()}, {rest.upper()}", "honor": honor(full),
            "lf": f"{last}, {rest}", "upper": full.upper()}[f]

# ---------------- PHI templated SMS ----------------
phi_sms = [(t.replace("{CARD1}", " ".join(re.findall('....', luhn_complete('4716')))), r, "tpl0") for t, r in PHI_SMS]
phi_sms = [(t, r, "hand") for t, r, _ in phi_sms]
SMS_SK = [
 "Hi {f}! ur {T} is {d} at {t}. Reply C to confirm, R to reschedule",
 "{T} flash sale 🔥 today only for existing pts, call or text to book",
 "Reminder from {P}: {T} tmrw {t}. No alcohol 24h before pls",
 "hey {f} just checking in after ur {T} yesterday, how r u feeling? any questions lmk",
 "Ur {T} deposit is received ✅ see u {d}!",
 "{f} - we had a cancellation, want an earlier {T} slot {d} at {t}?",
 "Last call for our {T} package pricing, ends Sun!",
]
used = {}
for i in range(14):
    sk = SMS_SK[i % len(SMS_SK)]
    term = R.choice(BRANDS)
    et, ename = evade(term, p=0.85)
    txt = sk.format(f=R.choice(FIRST), T=et, d=R.choice(DAYS), t=R.choice(TIMES).lower().replace(" ", ""), P=R.choice(PRACTICES)[0].split(" ")[0])
    phi_sms.append((txt, f"{term}" + (f" ({ename})" if ename else ""), "tpl"))
# name-only SMS
for full in ["Svetlana Morozova", "Hyun-joo Park", "Devon Carmichael", "Lan Nguyen-Tran"]:
    sk = R.choice(["{N}, this is a reminder of your appointment {d} at {t}.", "Hi {N}! Your paperwork came through, thank you 😊",
                   "{N} - pls call us back when you get a chance, thx!", "Thank you {N}, your payment was received."])
    phi_sms.append((sk.format(N=nform(full), d=R.choice(DAYS), t=R.choice(TIMES)), "directory patient full name", "tpl"))

# ---------------- PHI templated emails ----------------
EM_SK = [
 ("Appointment reminder: {T}", "Hi {f},\n\nThis is a reminder of your {T} appointment on {d}, {m} {n} at {t} with {prov}.\n\nPlease arrive 10 minutes early. If you need to reschedule, reply to this email or call us at least 24 hours in advance.\n\nThank you,"),
 ("How was your {T}?", "Hi {f},\n\nThank you for choosing us for your {T}! We'd love to hear how everything went.\n\nOn a scale of 1 to 10, how likely are you to recommend us to a friend? Simply reply with a number – and any comments are welcome.\n\nGratefully,"),
 ("{T} package update", "Hello {f},\n\nYou have {k} sessions remaining in your {T} package. For best results, we recommend booking your next session within the next {w} weeks.\n\nYou can book online or reply here and we'll find a time for you.\n\nBest,"),
 ("Price update effective {m} 1", "Dear valued client,\n\nStarting {m} 1, pricing for {T} will change to ${price}. Any appointments already booked before then will keep the current price.\n\nThank you for your continued trust in our team.\n\nSincerely,"),
 ("Caring for your skin after {T}", "Hi {f},\n\nA few reminders after today's {T}:\n\n• Avoid strenuous exercise, saunas and hot tubs for 24–48 hours.\n• Some redness, swelling or tenderness is normal and should settle within a few days.\n• Keep the area clean and skip makeup until tomorrow.\n• Call us if anything feels off – we're always happy to take a look.\n\nTake care,"),
 ("Time for your next {T}?", "Hi {f},\n\nIt's been about {w} months since your last {T}, which means it's the perfect time to book your next one.\n\nSchedule this month and receive {pct}% off. Reply to this email or call us to grab a spot.\n\nSee you soon,"),
 ("Deposit received", "Hi {f},\n\nWe've received your deposit of ${dep} for your {T} on {m} {n}. Your date is officially reserved!\n\nYour pre-procedure instructions will arrive about two weeks before.\n\nWarmly,"),
 ("An earlier appointment is available", "Hi {f},\n\nGood news – we had a cancellation and can move your {T} up to {d}, {m} {n} at {t}. Would you like it?\n\nJust reply YES and we'll take care of the rest.\n\nThanks,"),
 ("Financing approved", "Hi {f},\n\nCongratulations – your CareCredit application was approved for your {T}. You've selected the 12-month promotional plan.\n\nOur coordinator will follow up to finalize your booking.\n\nBest regards,"),
 ("Your provider left you a message", "Hi {f},\n\n{prov} wanted to check in on how you're healing after your {T}. From the photo you sent, everything looks like it's progressing as expected.\n\nPlease keep following your aftercare sheet and let us know if you notice increasing pain, redness or warmth.\n\nBest,"),
]
EM_SK_ES = [
 ("Recordatorio de su cita", "Hola {f},\n\nLe recordamos su cita de {T} el {d} a las {t} con {prov}.\n\nPor favor llegue 10 minutos antes. Si necesita cambiar la cita, llámenos con 24 horas de anticipación.\n\nGracias,"),
 ("¿Cómo le fue con su tratamiento?", "Hola {f},\n\nGracias por elegirnos para su {T}. ¿Cómo se siente? Es normal tener un poco de enrojecimiento o hinchazón los primeros días.\n\nSi tiene alguna pregunta, responda a este correo.\n\nSaludos,"),
 ("Promoción del mes", "¡Hola {f}!\n\nEste mes tenemos {pct}% de descuento en {T} para nuestros pacientes. Las citas son limitadas.\n\nResponda a este correo o llámenos para reservar.\n\nCon cariño,"),
 ("Depósito recibido", "Hola {f},\n\nRecibimos su depósito de ${dep} para su {T}. ¡Su fecha está reservada!\n\nDos semanas antes le enviaremos las instrucciones.\n\nAtentamente,"),
]
def fill(sk, term, es=False):
    return sk.format(f=R.choice(FIRST_ES if es else FIRST), T=term, d=R.choice(DAYS_ES if es else DAYS), m=R.choice(MONTHS), n=R.randint(2, 28),
                     t=R.choice(TIMES), prov=R.choice(PROVIDERS), k=R.randint(1, 4), w=R.randint(3, 6), price=R.choice([12, 13, 14, 650, 750, 899, 1100]),
                     pct=R.choice([10, 15, 20]), dep=R.choice([250, 500, 1000, 2000]))
phi_email = []
for e in PHI_EMAIL: phi_email.append(dict(e, kind="normal", origin="hand"))
for e in PHI_SUBJECT_ONLY: phi_email.append(dict(e, kind="subject_only", origin="hand"))
for e in PHI_HTML_ONLY: phi_email.append(dict(e, kind="html_only", origin="hand"))
for e in PHI_ATTACH: phi_email.append(dict(e, kind="attach", origin="hand"))
for i in range(30):
    s, b = EM_SK[i % len(EM_SK)]
    term = R.choice(TERMS)[0]
    et, ename = evade(term, p=0.35)
    ss = s.format(T=et, m=R.choice(MONTHS)); ss = ss[0].upper() + ss[1:]
    phi_email.append(dict(p=R.randrange(len(PRACTICES)), s=ss, b=fill(b, et), r=term + (f" ({ename})" if ename else ""), kind="normal", origin="tpl"))
es_terms = [t for t in TERMS if t[1]]
for i in range(10):
    s, b = EM_SK_ES[i % len(EM_SK_ES)]
    en, es = R.choice(es_terms)
    phi_email.append(dict(p=R.choice([9, 9, 2, 6]), s=s, b=fill(b, es, es=True), r=f"Spanish: {es}", kind="normal", lang="es", origin="tpl"))
# identifier-based templated emails
ID_SK = [
 ("Please verify your information", "Hi {f},\n\nWe're updating our records. Please confirm the details below are correct:\n\nDate of birth: {dob}\nPhone: (555) 010-{ph}\n\nReply to this email with any corrections.\n\nThank you,", "DOB"),
 ("Your patient portal account", "Hello {f},\n\nYour patient portal account has been created.\n\nPatient ID: {pid}\n\nUse this ID the first time you log in at our website. You'll be asked to set a password.\n\nBest,", "patient ID"),
 ("Insurance update needed", "Hi {f},\n\nYour claim was returned by the insurer. The member ID we have is {mid}. Could you check whether this is still correct?\n\nThanks,", "insurance member ID"),
 ("Re: payment", "Hi {f},\n\nThanks for calling in. Just confirming we charged the card {card}, exp {exp}, for ${amt}.\n\nA receipt will follow separately.\n\nBest,", "full payment card number"),
 ("Records transfer", "Hello,\n\nPer your request, we are transferring records for chart #{chart} to your new provider. Please allow 5–7 business days.\n\nSincerely,", "chart number"),
 ("Paperwork question", "Hi {f},\n\nThe SSN on your intake form looks like it's missing a digit – we have {ssn_bad}. Could you send the full number, or bring your card on {d}? For reference, the one on your old file is {ssn}.\n\nThanks so much,", "SSN"),
]
for i, (s, b, why) in enumerate(ID_SK * 2):
    dob = f"{R.randint(1,12):02d}/{R.randint(1,28):02d}/{R.randint(1955,2003)}"
    card = " ".join(re.findall("....", luhn_complete(R.choice(["4532", "5425", "6011", "4916"]))))
    ssn = f"{R.randint(100,665)}-{R.randint(10,99)}-{R.randint(1000,9999)}"
    txt = b.format(f=R.choice(FIRST), dob=dob, ph=R.randint(1000, 9999), pid=R.choice(["PT", "HPS", "RMD", "NGD"]) + "-" + str(R.randint(10000, 999999)),
                   mid=R.choice(["XEH", "W", "ZGP", "U"]) + str(R.randint(10**8, 10**10)), card=card, exp=f"{R.randint(1,12):02d}/{R.randint(26,30)}",
                   amt=R.choice(["250.00", "1,000.00", "75.00"]), chart=R.randint(10000, 999999), ssn=ssn, ssn_bad=ssn[:-1], d=R.choice(DAYS))
    phi_email.append(dict(p=R.randrange(len(PRACTICES)), s=s, b=txt, r=why, kind="normal", origin="tpl"))
for full in ["Oluwaseun Adeyemi", "Margarethe Vogelsang", "Jasper Whitlock-Nakamura", "Sunita Chaudhary", "Heather Anne McAllister"]:
    nf = nform(full)
    s, b = R.choice([("Appointment confirmed", "Dear {N},\n\nYour appointment on {d} at {t} is confirmed. We look forward to seeing you.\n\nSincerely,"),
                     ("Thank you!", "Hi {N},\n\nThank you for completing your new patient forms. Everything is all set for your visit.\n\nBest,"),
                     ("Account update", "Hello,\n\nThe mailing address for {N} has been updated in our system as requested.\n\nThank you,")])
    phi_email.append(dict(p=R.randrange(len(PRACTICES)), s=s, b=b.format(N=nf, d=R.choice(DAYS), t=R.choice(TIMES)), r="directory patient full name", kind="normal", origin="tpl"))

# ---------------- Clean templated emails ----------------
CL_SK = [
 ("Appointment reminder – {d}, {m} {n}", "Hi {f},\n\nJust a reminder of your appointment on {d}, {m} {n} at {t} with {prov}.\n\nParking is free in the lot behind our building. Please bring a photo ID.\n\nSee you soon,"),
 ("Your appointment has been rescheduled", "Hi {f},\n\nAs requested, your appointment has been moved to {d}, {m} {n} at {t}. Your previous time has been released.\n\nConfirmation #: {conf}\n\nThank you,"),
 ("Payment receipt #{rcpt}", "Hello,\n\nThank you for your payment of ${amt} on {m} {n}, {yr}.\n\nReceipt #: {rcpt}\nCard: {brand} ending {l4}\n\nPlease keep this email for your records."),
 ("Gift card purchase confirmation", "Hi {f},\n\nThanks for your purchase! Your ${gc} gift card is ready to give.\n\nGift card code: {gcc}\nOrder #: {ord}\n\nThe recipient can redeem it in person at any visit. Gift cards never expire.\n\nHappy gifting!"),
 ("Your order is on its way", "Hi {f},\n\nYour order #{ord} shipped today via {carrier}.\n\nTracking number: {trk}\n\nYou'll receive another email when it's delivered.\n\nThank you!"),
 ("Closed for {hol}", "Hello,\n\nOur office will be closed on {d}, {m} {n} for {hol}. We'll reopen the following business day at our regular time.\n\nFor urgent matters, leave a message and we'll return your call as soon as we're back.\n\nEnjoy the holiday!"),
 ("Meet {staff}, our new {role}", "Hi everyone,\n\nWe're excited to welcome {staff} to our team as our new {role}! {staff} comes to us from {city}, where {pr} spent {yrs} years in customer service.\n\nOutside of work, {staff} loves {hobby}. Say hello at your next visit!\n\nWarmly,"),
 ("Now hiring: {role}", "Hello,\n\nWe're looking for a friendly, detail-oriented {role} to join our growing team. Full-time, Monday through Friday, with benefits and paid time off.\n\nKnow someone great? Have them email their resume to jobs@{dom}.\n\nThank you!"),
 ("Thanks for your feedback, {f}!", "Hi {f},\n\nThank you for taking our survey. We read every response, and your comments about {topic} have been shared with our team.\n\nWe appreciate you helping us improve!\n\nBest,"),
 ("Your patient portal invitation", "Hello {f},\n\nYou're invited to join our secure patient portal, where you can book appointments, update your contact information and pay your bill online.\n\nActivate your account: https://portal.{dom}/activate\n\nThis link expires in 7 days.\n\nThank you,"),
 ("Join us: {event}", "Hi {f},\n\nYou're invited to {event} on {d}, {m} {n} from 5:30 to 7:30 PM at our office. Light refreshments will be served.\n\nRSVP by replying to this email – space is limited.\n\nHope to see you there!"),
 ("We're running behind today", "Hi {f},\n\nWe're so sorry – {prov} is running about {mins} minutes behind this afternoon. Your appointment at {t} is still on, but you're welcome to arrive a little later.\n\nThank you for your patience!"),
 ("Monthly wellness tips", "Hello!\n\nThis month's tips for feeling your best:\n\n1. {tip1}\n2. {tip2}\n3. {tip3}\n\nSmall habits add up. Have a wonderful month!"),
 ("Policy update: {pol}", "Dear Patients,\n\nEffective {m} 1, {poltext}\n\nThank you for your understanding and cooperation."),
 ("Your balance is paid in full", "Hi {f},\n\nGood news – your account balance is now $0.00. Thank you for your payment of ${amt} received on {m} {n}.\n\nStatement #: {stmt}\n\nHave a great day!"),
 ("Upcoming construction near our office", "Hello,\n\nThe city will be repaving {street} from {m} {n} through the end of the month. Expect some detours – we recommend entering the parking lot from the side street.\n\nWe'll be open regular hours throughout.\n\nThank you!"),
]
CL_SK_ES = [
 ("Recordatorio de cita", "Hola {f},\n\nLe recordamos su cita el {d} a las {t}. Hay estacionamiento gratis detrás del edificio.\n\n¡Nos vemos pronto!"),
 ("Confirmación de pago", "Hola,\n\nRecibimos su pago de ${amt}. Número de recibo: {rcpt}. Tarjeta terminada en {l4}.\n\n¡Gracias!"),
 ("Cerrado por día festivo", "Estimados pacientes,\n\nLa clínica estará cerrada el {d} por el día festivo. Volvemos a abrir al día siguiente en horario normal.\n\n¡Felices fiestas!"),
 ("Invitación a nuestra fiesta de aniversario", "¡Hola {f}!\n\nLa invitamos a celebrar nuestro aniversario el {d} de 5 a 7 de la tarde. Habrá bocadillos, música y rifas.\n\nConfirme su asistencia respondiendo este correo."),
]
HOL = ["Memorial Day", "Labor Day", "Thanksgiving", "New Year's Day", "Juneteenth", "our annual staff retreat", "Veterans Day"]
ROLES2 = ["Front Desk Coordinator", "Patient Care Coordinator", "Billing Specialist", "Office Manager", "Scheduling Coordinator"]
STAFFN = [("Tessa", "she"), ("Marcus", "he"), ("Priyanka", "she"), ("Diego", "he"), ("Jolene", "she"), ("Sam", "they")]
TOPICS = ["our check-in process", "wait times", "parking", "our phone system", "appointment reminders"]
EVENTS = ["our Client Appreciation Night", "our holiday open house", "a charity yoga morning", "our 5th anniversary party"]
TIPS = ["Aim for 7–9 hours of sleep.", "Drink a glass of water with every meal.", "Take a 10-minute walk after lunch.",
        "Wear sunscreen daily, even when it's cloudy.", "Put your phone away an hour before bed.", "Add one extra serving of vegetables to dinner.",
        "Stretch for five minutes in the morning.", "Schedule a little time for yourself each week."]
POLS = [("late arrivals", "patients arriving more than 15 minutes late may be asked to reschedule so we can stay on time for everyone."),
        ("children in the office", "we kindly ask that children not be left unattended in the waiting room."),
        ("payment methods", "we will no longer accept personal checks. We accept cash, all major credit cards and HSA/FSA cards."),
        ("no-show fee", "a $75 fee will be charged for missed appointments without notice.")]
def cvals(es=False):
    st, pr = R.choice(STAFFN); tips = R.sample(TIPS, 3); pol = R.choice(POLS)
    return dict(f=R.choice(FIRST_ES if es else FIRST), d=R.choice(DAYS_ES if es else DAYS), m=R.choice(MONTHS), n=R.randint(2, 28), t=R.choice(TIMES),
        prov=R.choice(PROVIDERS), conf=f"{R.choice('ABCDEFGHJK')}{R.randint(100000,999999)}", rcpt=f"R-{R.randint(100000,999999)}",
        amt=R.choice(["45.00", "85.00", "120.00", "250.00", "35.50"]), yr=R.choice([2024, 2025]), brand=R.choice(["Visa", "Mastercard", "Amex", "Discover"]),
        l4=R.randint(1000, 9999), gc=R.choice([50, 100, 150, 250]), gcc=f"GC-{R.randint(1000,9999)}-{R.randint(1000,9999)}-{R.randint(1000,9999)}",
        ord=R.randint(100000, 999999), carrier=R.choice(["UPS", "USPS", "FedEx"]), trk=R.choice(["1Z" + "".join(R.choice("0123456789ABCDEF") for _ in range(16)), str(R.randint(10**21, 10**22-1)), str(R.randint(10**11, 10**12-1))]),
        hol=R.choice(HOL), staff=st, pr=pr, role=R.choice(ROLES2), city=R.choice(["Phoenix", "Boston", "Nashville", "San Diego"]), yrs=R.randint(2, 9),
        hobby=R.choice(["hiking with the family dog", "baking sourdough", "salsa dancing", "cheering on the home team", "reading mystery novels"]),
        dom=R.choice(PRACTICES)[1], topic=R.choice(TOPICS), event=R.choice(EVENTS), mins=R.choice([15, 20, 30]), tip1=tips[0], tip2=tips[1], tip3=tips[2],
        pol=pol[0], poltext=pol[1], stmt=f"ST-{R.randint(100000,999999)}", street=R.choice(["Main Street", "Oak Avenue", "5th Street", "Lincoln Blvd"]))
def cfill(sk, es=False, v=None):
    return sk.format(**(v or cvals(es)))
clean_email = [dict(e, origin="hand") for e in CLEAN_EMAIL]
for i in range(44):
    s, b = CL_SK[i % len(CL_SK)]
    v = cvals(); ss = cfill(s, v=v); bb = cfill(b, v=v)
    clean_email.append(dict(p=R.randrange(len(PRACTICES)), s=ss, b=bb, origin="tpl"))
for i in range(8):
    s, b = CL_SK_ES[i % len(CL_SK_ES)]
    v = cvals(es=True); clean_email.append(dict(p=R.choice([9, 9, 2]), s=cfill(s, v=v), b=cfill(b, v=v), lang="es", origin="tpl"))

# ---------------- email rendering ----------------
FORMATS = [("plain", "7bit"), ("plain", "quoted-printable"), ("plain", "base64"), ("alt", "quoted-printable"),
           ("alt", "base64"), ("alt", "7bit"), ("html", "quoted-printable"), ("alt", "quoted-printable"), ("plain", "8bit")]
def signoff(p, lang=None, clean=False):
    pr = PRACTICES[p]
    st = R.choice(STAFF); role = R.choice([r for r in ROLES if not (clean and "Injector" in r)])
    if lang == "es": role = R.choice(["Recepción", "Coordinadora de Pacientes", "Facturación", "Enfermera"])
    return f"\n\n{st}\n{role}\n{pr[3]}"
def recipient(body, clean):
    m = re.match(r"\s*(?:Hi|Hello|Dear|Hola|Hey|Estimada|Happy birthday,|¡Hola|¡Feliz cumpleaños,)\s+(?:Mr\.|Ms\.|Mrs\.|Sra\.)?\s*([A-ZÁÉÍÓÚ][\w'á-ú]+)", body)
    first = m.group(1).lower() if m else R.choice(FIRST).lower()
    first = first.replace("í", "i").replace("á", "a").replace("ú","u").replace("é","e").replace("ó","o")
    local = f"{first}{R.choice(['', '.', '_'])}{R.choice('abcdefghjklmnprstw')}{R.choice(['', str(R.randint(1, 99))])}"
    dom = R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "comcast.net"])
    if clean and R.random() < 0.3:
        nm = R.choice(OTHER_PEOPLE)
        return f"\"{nm}\" <{addr_for(nm)}>"
    return f"{local}@{dom}"

def render_email(e, clean, idx):
    p = e.get("p", 0); pr = PRACTICES[p]
    frm = f"\"{pr[0]}\" <{pr[2]}@{pr[1]}>"
    body = e["b"].rstrip() + signoff(p, e.get("lang"), clean)
    to = recipient(e["b"], clean)
    layout, cte = FORMATS[idx % len(FORMATS)]
    subj_mode = e.get("subj_mode")
    if subj_mode is None and R.random() < 0.15: subj_mode = R.choice(["b", "q"])
    html = None; text = body; kind = e.get("kind", "normal"); atts = None
    if kind == "html_only":
        html = text_to_html(body, pr[0], extra_body_top=e["inj"] if e["where"] == "top" else "",
                            extra_body_bottom=e["inj"] if e["where"] == "bottom" else "")
        if e.get("plain_stub"):
            text = e["b"]
        layout = "alt"; cte = R.choice(["quoted-printable", "base64", "7bit"])
    elif layout in ("alt", "html"):
        html = text_to_html(body, pr[0])
    if kind == "attach":
        atts = []
        for fn, k, payload in e["att"]:
            if k == "jpeg": atts.append((fn, "image/jpeg", JPEG_1x1))
            elif k == "png": atts.append((fn, "image/png", png_bytes(R.randint(4, 12), R.randint(4, 12))))
            elif k == "pdf": atts.append((fn, "application/pdf", pdf_bytes(payload)))
            elif k == "ics":
                ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Westlake//Scheduling//EN\r\nBEGIN:VEVENT\r\nUID:%d@westlakedcs.com\r\n"
                       "DTSTART:20250522T153000Z\r\nDTEND:20250522T160000Z\r\nSUMMARY:Appointment\r\nLOCATION:2200 Westlake Ave Suite 310\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") % R.randint(10**6, 10**7)
                atts.append((fn, "text/calendar", ics.encode()))
    if layout == "html" and kind != "html_only":
        text = None
    return build_eml(frm, to, e["s"], text=text, html=html, layout=layout, cte=cte, subj_mode=subj_mode, attachments=atts, domain=pr[1])

# ---------------- write ----------------
def write_set(label, sms, emails):
    items = [("sms", x) for x in sms] + [("email", x) for x in emails]
    R.shuffle(items)
    rows = []; meta = []
    for i, (k, x) in enumerate(items):
        if k == "sms":
            txt = x if isinstance(x, str) else x[0]
            fn = f"{label}-{i:03d}.txt"
            with open(f"{OUT}/{label}/{fn}", "w", encoding="utf-8") as f: f.write(txt + "\n")
            reason = None if isinstance(x, str) else x[1]
            origin = "hand" if isinstance(x, str) else x[2]
            lang = "es" if (reason or "").startswith("Spanish") or (isinstance(x, str) and any(w in x for w in ["ñ", "¿", "¡", " su ", "Hola", "Gracias", "Feliz", "Estamos", "Vamos", "Recuerde", "Nuestra", "Recibimos", "Por la", "Le recordamos", "Su "])) else "en"
            meta.append((fn, "sms", lang, origin))
        else:
            fn = f"{label}-{i:03d}.eml"
            eml = render_email(x, label == "clean", i)
            with open(f"{OUT}/{label}/{fn}", "w", encoding="utf-8", newline="") as f: f.write(eml)
            reason = x.get("r")
            meta.append((fn, "email:" + x.get("kind", "normal"), x.get("lang", "en"), x.get("origin", "hand")))
        if label == "phi": rows.append((fn, reason))
    return rows, meta

phi_rows, phi_meta = write_set("phi", phi_sms, phi_email)
clean_sms = list(CLEAN_SMS)
_, clean_meta = write_set("clean", clean_sms, clean_email)
with open(f"{OUT}/labels.tsv", "w", encoding="utf-8") as f:
    for fn, r in phi_rows: f.write(f"{fn}\t{r}\n")
with open(f"{OUT}/patients.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(PATIENTS) + "\n")
with open(f"{OUT}/_gen/manifest.tsv", "w", encoding="utf-8") as f:
    f.write("file\tformat\tlang\torigin\n")
    for m in phi_meta + clean_meta: f.write("\t".join(m) + "\n")
print("phi", len(phi_meta), "clean", len(clean_meta))
