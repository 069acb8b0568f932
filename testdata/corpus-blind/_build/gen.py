# -*- coding: utf-8 -*-
"""Builds the blind PHI evaluation corpus under /tmp/blind/{phi,clean}."""
import os, re, random, shutil, struct, zlib, base64, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy

from vocab import *
from hand_phi import PHI_SMS, PHI_EMAILS
from hand_clean import CLEAN_SMS, CLEAN_EMAILS

rng = random.Random(20241107)
OUT = "/tmp/blind"

# ---------------------------------------------------------------- helpers
def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randrange(10))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    digits.append((10 - s % 10) % 10)
    return "".join(map(str, digits))

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def fmt_card(n, style):
    if len(n) == 15:  # amex 4-6-5
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(parts), "dash": "-".join(parts), "none": n}[style]

def card(style=None):
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    n = {"visa": lambda: luhn_complete("4" + str(rng.randrange(100, 999)), 16),
         "mc": lambda: luhn_complete("5" + str(rng.randint(1, 5)), 16),
         "amex": lambda: luhn_complete(rng.choice(["34", "37"]), 15),
         "disc": lambda: luhn_complete("6011", 16)}[kind]()
    assert luhn_ok(n)
    return fmt_card(n, style or rng.choice(["space", "dash", "none"]))

def ssn():
    a = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

def dob_str():
    y, m, d = rng.randint(1952, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([
        "%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
        "%s %d, %d" % (MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1][:3], y)])

def mrn():
    return rng.choice(["MRN %08d" % rng.randint(100000, 99999999), "MRN: %d" % rng.randint(1000000, 9999999),
                       "medical record # %d" % rng.randint(100000, 999999), "MRN#A%06d" % rng.randint(1, 999999)])

def pid():
    return rng.choice(["Patient ID %s-%05d" % (rng.choice(["LA", "PT", "NS", "BD"]), rng.randint(1, 99999)),
                       "patient ID: %d" % rng.randint(100000, 999999),
                       "chart #%d" % rng.randint(10000, 999999), "Chart No. C-%06d" % rng.randint(1, 999999)])

def member_id():
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(["".join(rng.choice(L) for _ in range(3)) + "%09d" % rng.randint(0, 999999999),
                       "W%09d" % rng.randint(0, 999999999), "%s%d" % (rng.choice(["U", "ZGP", "H"]), rng.randint(10**7, 10**9))])

def first(name):
    return name.split()[0]

# ---------------------------------------------------------------- evasions
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445", "y": "\u0443",
       "B": "\u0412", "T": "\u0422", "O": "\u041e", "M": "\u041c", "H": "\u041d", "K": "\u041a", "C": "\u0421",
       "E": "\u0415", "A": "\u0410", "P": "\u0420", "X": "\u0425"}
LEET = {"o": "0", "O": "0", "e": "3", "i": "1", "a": "4", "s": "5", "l": "1"}
DIA = {"o": "\u00f6", "e": "\u00e9", "a": "\u00e1", "u": "\u00fc", "i": "\u00ed", "O": "\u00d3", "E": "\u00c9"}
ZWS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
MISSPELL = {"Botox": ["botx", "bottox", "botax", "boto"], "Juvederm": ["juviderm", "juvaderm", "juvederme"],
            "Restylane": ["restalyne", "restylain", "restylan"], "Dysport": ["dysprt", "disport", "dysphort"],
            "Xeomin": ["xeomen", "zeomin"], "CoolSculpting": ["coolsculpt", "cool sculpting", "coolscupting"],
            "Kybella": ["kybela", "kibella"], "semaglutide": ["semaglutid", "semaglutied", "sema glutide"],
            "Ozempic": ["ozempik", "ozempc", "ozmpic"], "Sculptra": ["sculptura", "scupltra"],
            "Radiesse": ["radiese", "radiesse'"], "tretinoin": ["tretinion", "tretinoine"],
            "Morpheus8": ["morpheus 8", "morphius8", "morph8"], "Wegovy": ["wegovey", "wegovi"],
            "tirzepatide": ["tirzepitide", "tirz"], "microneedling": ["micro-needling", "microneedeling"],
            "rhinoplasty": ["rhinoplasy", "rhinoplastie"], "liposuction": ["liposucion", "lipo suction"],
            "HydraFacial": ["hydrafacial", "hydra facial", "hydrofacial"], "Daxxify": ["daxify", "daxxafy"],
            "filler": ["filer", "fillr"], "Jeuveau": ["jeuvau", "juveau", "jevaeu"]}
EV_TERMS = ["Botox", "Juvederm", "Restylane", "Dysport", "Xeomin", "Kybella", "Ozempic", "Sculptra",
            "semaglutide", "CoolSculpting", "Morpheus8", "Wegovy", "Radiesse", "filler", "tretinoin",
            "liposuction", "rhinoplasty", "HydraFacial", "Daxxify", "Jeuveau"]

def evade(term, tech):
    if tech == "misspelling":
        return rng.choice(MISSPELL.get(term, [term[:-1]]))
    if tech == "leetspeak":
        out = "".join(LEET.get(c, c) if rng.random() < 0.7 else c for c in term)
        if out == term:
            out = term.replace("o", "0").replace("e", "3")
        return out
    if tech == "separators":
        sep = rng.choice([".", "-", " ", "*", "_", "\u00b7"])
        t = term if rng.random() < 0.5 else term.upper()
        return sep.join(t)
    if tech == "diacritics":
        out = "".join(DIA.get(c, c) if rng.random() < 0.6 else c for c in term)
        return out if out != term else term.replace("o", "\u00f3").replace("e", "\u00e8")
    if tech == "cyrillic":
        out = "".join(CYR.get(c, c) if rng.random() < 0.8 else c for c in term)
        return out if out != term else term.replace("o", CYR["o"]).replace("e", CYR["e"])
    if tech == "zero-width":
        zw = rng.choice(ZWS)
        cut = rng.sample(range(1, len(term)), k=min(2, len(term) - 1))
        return "".join(c + (zw if i + 1 in cut else "") for i, c in enumerate(term))
    if tech == "case-mangling":
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(term))
    raise ValueError(tech)

EV_TECHS = ["misspelling", "leetspeak", "separators", "diacritics", "cyrillic", "zero-width", "case-mangling"]

def plural(term):
    return {"filler": "fillers", "chemical peel": "chemical peels", "facelift": "facelifts",
            "implant": "implants", "lip filler": "lip fillers", "HydraFacial": "HydraFacials",
            "injection": "injections"}.get(term, term + "s")

# ---------------------------------------------------------------- PHI templates
def g_greet(name=None):
    f = name or rng.choice(FIRSTS_ANY)
    return rng.choice(["Hi %s!" % f, "Hey %s," % f, "Good morning %s," % f, "%s -" % f, "Hello,", "Hi there!", "Hi!", ""])

def tidy(s):
    s = " ".join(s.split()) if "\n" not in s else s
    s = re.sub(r"^([a-z])", lambda m: m.group(1).upper(), s)
    return re.sub(r"([!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)

def phi_sms_templates():
    out = []
    P = lambda: rng.choice(PROCS)[0]
    templ = [
        (lambda t: "%s reminder that your %s appt is %s. Reply C to confirm." % (g_greet(), t, rng.choice(WHENS)), "reminder"),
        (lambda t: "%s just checking in after your %s %s - any questions about healing, text us anytime." % (g_greet(), t, rng.choice(["yesterday", "last week", "on Monday", "2 days ago"])), "post-treatment check-in"),
        (lambda t: "%s we have an opening %s if you want to get your %s in sooner!" % (g_greet(), rng.choice(WHENS), t), "scheduling"),
        (lambda t: "%s your balance for %s on %s is $%d. Pay at pay.%s" % (g_greet(), t, rng.choice(["3/4", "10/12", "1/9", "6/21"]), rng.randint(45, 4900), rng.choice(PRACTICES)[1]), "billing"),
        (lambda t: "%s %s asked me to remind you: no %s for %d days after your %s." % (g_greet(), rng.choice(PROVIDERS), rng.choice(AVOID), rng.randint(1, 14), t), "aftercare"),
        (lambda t: "%s it's been %d months since your last %s - want to book the next one?" % (g_greet(), rng.randint(3, 7), t), "rebooking"),
        (lambda t: "%s VIP perk this month: %d%% off %s when you book by the 30th! Reply YES to grab a spot." % (g_greet(), rng.choice([10, 15, 20, 25]), t), "marketing to patient"),
        (lambda t: "%s your %s consult with %s is confirmed for %s." % (g_greet(), t, rng.choice(PROVIDERS), rng.choice(WHENS)), "consult"),
    ]
    for i in range(16):
        f, cat = templ[i % len(templ)]
        term = P()
        out.append((tidy(f(term)), "%s: %s" % (cat, term)))
    for i in range(6):
        rx = rng.choice(RX)
        t = rng.choice([
            "%s your %s refill was sent to %s." % (g_greet(), rx, rng.choice(PHARMACIES)),
            "%s the pharmacy has a question about your %s script - can you call them back?" % (g_greet(), rx),
            "%s %s approved a refill on the %s, 3 refills left." % (g_greet(), rng.choice(PROVIDERS), rx),
        ])
        out.append((tidy(t), "Rx: %s" % rx))
    for i in range(4):
        c = rng.choice(CONDITIONS)
        t = rng.choice(["%s Dr. Okada wants to see you in 6 weeks to recheck the %s." % (g_greet(), c.replace("a ", "")),
                        "%s how are things going with the %s since we changed your routine?" % (g_greet(), c.replace("a ", "")),
                        "%s we got the photos - that does look like %s flaring, let's get you in this week." % (g_greet(), c)])
        out.append((tidy(t), "condition: %s" % c))
    # identifiers
    for i in range(4):
        d = dob_str()
        t = rng.choice(["%s to find your chart we need to confirm your DOB: is it %s?" % (g_greet(), d),
                        "%s the lab has your date of birth as %s, let us know if that's wrong." % (g_greet(), d),
                        "Intake shows born %s - correct? Just double checking before your visit." % d,
                        "%s quick check for the pharmacy, birthday %s right?" % (g_greet(), d)])
        out.append((tidy(t), "identifier: DOB"))
    for i in range(2):
        t = "%s for the financing application we have SSN %s - pls confirm." % (g_greet(), ssn())
        out.append((tidy(t), "identifier: SSN"))
    for i in range(3):
        t = rng.choice(["%s use %s when you call the lab for results." % (g_greet(), mrn()),
                        "%s your %s is needed to log in to the portal." % (g_greet(), pid()),
                        "%s the surgery center needs your %s at check-in." % (g_greet(), mrn())])
        out.append((tidy(t), "identifier: MRN/patient ID/chart"))
    for i in range(2):
        t = "%s your insurance member ID %s was declined, do you have a new card?" % (g_greet(), member_id())
        out.append((tidy(t), "identifier: insurance member ID"))
    for i in range(3):
        t = rng.choice(["%s we updated your card on file to %s exp %02d/%d." % (g_greet(), card(), rng.randint(1, 12), rng.randint(25, 29)),
                        "%s payment didn't go thru on %s - can you call billing?" % (g_greet(), card()),
                        "Card %s was charged $%d.00 today. Thanks!" % (card(), rng.randint(50, 900))])
        out.append((tidy(t), "identifier: payment card number"))
    # name-only
    used = set()
    for i in range(8):
        n = rng.choice([p for p in PATIENTS if p not in used]); used.add(n)
        t = rng.choice(["Hi %s, your appointment is confirmed for %s." % (n, rng.choice(WHENS)),
                        "%s, thanks for visiting us today!" % n,
                        "Good afternoon %s - please call our office when you have a moment." % n,
                        "Reminder for %s: your visit is %s. Reply C to confirm." % (n.upper(), rng.choice(WHENS)),
                        "Hello %s, we received your voicemail and will call you back shortly." % n])
        out.append((t, "patient name (directory)"))
    # evasions
    for i in range(14):
        tech = EV_TECHS[i % len(EV_TECHS)]
        term = rng.choice(EV_TERMS)
        e = evade(term, tech)
        t = rng.choice(["%s your %s appt is %s!" % (g_greet(), e, rng.choice(WHENS)),
                        "%s %s is back in stock, want to book?" % (g_greet(), e),
                        "%s no workouts for 24 hrs after the %s ok? \U0001F609" % (g_greet(), e),
                        "%s %s special ends Friday, you in?" % (g_greet(), e)])
        out.append((tidy(t), "evasion: %s (%s)" % (tech, term)))
    # plurals / inflections
    infl = [("Your fillers look so natural in the 2 week pics!", "inflection: fillers + photos"),
            ("We're booking facelifts for spring now - Dr. Reyes has 3 dates left in April for you.", "inflection: facelifts"),
            ("Got you down for 3 HydraFacials, one every 4 weeks starting the 10th.", "inflection: HydraFacials"),
            ("You got Botoxed 2 wks ago so you're good for a touch-up now if anything moved!", "inflection: Botoxed"),
            ("Still sore where you got lipo'd? Keep the faja on and take walks!", "inflection: lipo'd")]
    out.extend(infl)
    return out

def phi_email_templates():
    """(subject, body, reason) with bodies of various kinds."""
    out = []
    for i in range(20):
        pr = rng.choice(PROCS)[0]
        name = rng.choice(FIRSTS_ANY)
        prac = rng.choice(PRACTICES)
        kind = i % 4
        if kind == 0:
            subj = rng.choice(["Appointment reminder", "Your upcoming %s appointment" % pr, "See you soon!"])
            body = "Hi %s,\n\nThis is a reminder of your %s appointment on %s with %s.\n\nPlease arrive 10 minutes early and avoid %s for 24 hours beforehand.\n\n%s\n%s\n%s\n" % (
                name, pr, rng.choice(WHENS), rng.choice(PROVIDERS), rng.choice(AVOID), prac[0], prac[2], prac[3])
        elif kind == 1:
            subj = rng.choice(["Checking in", "How are you feeling?", "Your recovery"])
            body = "Hi %s,\n\nWe hope you're feeling well after your %s. Some swelling and tenderness in the treated area is normal for the first several days.\n\nPlease call us right away if you notice increasing pain, redness, warmth, or fever.\n\nWarmly,\n%s\n%s\n" % (
                name, pr, rng.choice(STAFF)[0], prac[0])
        elif kind == 2:
            subj = rng.choice(["Receipt from %s" % prac[0], "Thanks for your payment", "Your invoice"])
            body = "Hi %s,\n\nThank you for your payment.\n\n  Service: %s\n  Date of service: %s\n  Amount: $%d.00\n  Paid with card ending in %04d\n\n%s\n%s\n" % (
                name, pr, rng.choice(["03/04/2024", "11/18/2024", "07/22/2024", "01/09/2025"]), rng.randint(120, 6500),
                rng.randint(1, 9999), prac[0], prac[3])
        else:
            subj = rng.choice(["Something special for you", "Member exclusive \u2728", "Just for you, %s" % name])
            body = "Hi %s,\n\nAs a thank-you for being a loyal patient, enjoy %d%% off your next %s through the end of the month. Book online or reply to this email and we'll take care of the rest.\n\nSee you soon!\nThe %s team\n" % (
                name, rng.choice([10, 15, 20]), pr, prac[0])
        out.append((subj, body, "%s: %s" % (["reminder", "post-treatment check-in", "billing", "marketing to patient"][kind], pr)))
    for i in range(3):
        rx = rng.choice(RX)
        name = rng.choice(FIRSTS_ANY)
        subj = rng.choice(["Prescription update", "Your refill", "Pharmacy note"])
        body = "Hi %s,\n\n%s sent your %s prescription to %s today. It should be ready in 1-2 business days.\n\nIf the price is higher than expected, let us know and we'll look into a savings card.\n\nThanks,\n%s\n" % (
            name, rng.choice(PROVIDERS[:4]), rx, rng.choice(PHARMACIES), rng.choice(PRACTICES)[0])
        out.append((subj, body, "Rx: %s" % rx))
    for i in range(3):
        n = rng.choice(PATIENTS)
        subj = rng.choice(["Your appointment", "Hello from the front desk", "Quick note"])
        body = "Dear %s,\n\nThis is a friendly note to confirm we received your message. Someone from our team will get back to you within one business day.\n\nKind regards,\n%s\n" % (n, rng.choice(PRACTICES)[0])
        out.append((subj, body, "patient name (directory)"))
    ids = [("DOB", lambda: "Date of birth: %s" % dob_str(), "identifier: DOB"),
           ("MRN", lambda: mrn(), "identifier: MRN"),
           ("card", lambda: "Card number: %s" % card(), "identifier: payment card number"),
           ("member", lambda: "Insurance member ID: %s" % member_id(), "identifier: insurance member ID"),
           ("ssn", lambda: "SSN: %s" % ssn(), "identifier: SSN")]
    for key, fn, why in ids:
        subj = rng.choice(["Please verify your information", "Records request", "Action needed on your account"])
        body = "Hi %s,\n\nPlease confirm the information we have on file is correct:\n\n  %s\n\nReply to this email with any corrections.\n\nThank you,\n%s\n" % (
            rng.choice(FIRSTS_ANY), fn(), rng.choice(PRACTICES)[0])
        out.append((subj, body, why))
    for i in range(4):
        tech = rng.choice(EV_TECHS)
        term = rng.choice(EV_TERMS)
        e = evade(term, tech)
        subj = rng.choice(["Booking confirmed", "Your visit", "Reminder"])
        body = "Hi %s,\n\nYour %s appointment is confirmed for %s. Please arrive 10 minutes early.\n\n%s\n" % (
            rng.choice(FIRSTS_ANY), e, rng.choice(WHENS), rng.choice(PRACTICES)[0])
        out.append((subj, body, "evasion: %s (%s)" % (tech, term)))
    return out

# ---------------------------------------------------------------- clean templates
def clean_greet():
    r = rng.random()
    if r < 0.45:
        return rng.choice(["Hi %s!", "Hey %s,", "Good morning %s,", "Hi %s,"]) % rng.choice(FIRSTS_ANY)
    if r < 0.6:
        return "Hi %s," % rng.choice(OTHER_NAMES)
    return rng.choice(["Hello,", "Hi there!", "Hi!", ""])

def clean_sms_templates():
    out = []
    T = [
        lambda: ("%s your appointment is confirmed for %s. Reply C to confirm or R to reschedule." % (clean_greet(), rng.choice(WHENS)), "generic appointment confirmation"),
        lambda: ("%s reminder: your visit with %s is %s at %s." % (clean_greet(), rng.choice(PROVIDERS[:4]), rng.choice(WHENS), rng.choice(PRACTICES)[2]), "appointment + address"),
        lambda: ("%s thanks for your payment of $%d.%02d. Receipt #%d, card ending %04d." % (clean_greet(), rng.randint(20, 900), rng.randint(0, 99), rng.randint(10000, 99999), rng.randint(1, 9999)), "receipt w/ last-4"),
        lambda: ("%s our office is closed %s. We reopen %s." % (clean_greet(), *rng.choice(HOLIDAYS)), "holiday closure"),
        lambda: ("%s your gift card %s has a balance of $%d.00." % (clean_greet(), rng.choice(["GC-%05d" % rng.randint(1, 99999), "#%d" % rng.randint(100000, 999999)]), rng.randint(5, 300)), "gift card"),
        lambda: ("%s your order #%d shipped via %s! It should arrive in 3-5 days." % (clean_greet(), rng.randint(10000, 999999), rng.choice(["UPS", "USPS", "FedEx"])), "order number"),
        lambda: ("%s please complete your intake forms before your visit %s: forms.%s/start" % (clean_greet(), rng.choice(WHENS), rng.choice(PRACTICES)[1]), "intake forms"),
        lambda: ("%s we're running about %d min behind, no need to rush!" % (clean_greet(), rng.choice([10, 15, 20, 25])), "running late"),
        lambda: ("%s how was your visit? We'd love a quick review: g.page/r/%s" % (clean_greet(), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))), "review request"),
        lambda: ("%s invoice #%d dated %s is available in the portal." % (clean_greet(), rng.randint(1000, 99999), rng.choice(["10/01/2024", "3/15/2024", "12/02/2024", "02/28/2025"])), "invoice date"),
        lambda: ("%s just a heads up, %s" % (clean_greet(), rng.choice(["the garage on 3rd validates for 90 min.", "street parking is free after 6pm.", "the north lot is closed for paving today.", "there's a farmers market on our block Saturday so parking is tight."])), "parking"),
        lambda: ("Call us back at %s when you get a chance - nothing urgent! \U0001F60A" % rng.choice(PRACTICES)[3], "callback request"),
        lambda: ("%s you have %d reward points! Redeem them at checkout on your next visit." % (clean_greet(), rng.randint(100, 3000)), "loyalty points"),
        lambda: ("%s we received your deposit of $%d. Confirmation #%s." % (clean_greet(), rng.choice([50, 100, 250, 500]), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))), "deposit confirmation"),
    ]
    for i in range(30):
        t, note = T[i % len(T)]()
        out.append((tidy(t), note))
    hard = [
        ("Our freight lift is being serviced %s, so deliveries will come through the front door." % rng.choice(WHENS), "hard-negative: lift"),
        ("Lol yes the orange peel candle from the boutique is back in stock!", "hard-negative: orange peel"),
        ("Stocking stuffer idea: our gift cards come in a cute little box \U0001F381", "hard-negative: stuffer (not filler)"),
        ("FYI the laser printer at the front desk is jammed, so your receipt will come by email today.", "hard-negative: laser printer"),
        ("Sorry the reminder text had filler text in it - our system glitched! Your appt is still %s." % rng.choice(WHENS), "hard-negative: filler text"),
        ("The parking garage lift (elevator) to level P2 is back up and running!", "hard-negative: lift"),
    ]
    out.extend(hard)
    return out

def clean_email_templates():
    out = []
    for i in range(42):
        prac = rng.choice(PRACTICES)
        to_name = rng.choice(OTHER_NAMES + [None, None])
        name = first(to_name) if to_name else rng.choice(FIRSTS_ANY)
        staff = rng.choice(STAFF)
        sig = "%s\n%s\n%s\n%s\n%s" % (staff[0], staff[1], prac[0], prac[2], prac[3])
        kind = i % 8
        if kind == 0:
            when = rng.choice(WHENS)
            subj = "Appointment confirmed: %s" % when
            body = "Hi %s,\n\nYour appointment is confirmed for %s. Please arrive 10 minutes early to check in.\n\nIf you need to reschedule, reply to this email or call us at %s.\n\n%s\n" % (name, when, prac[3], sig)
            note = "appointment confirmation; practice name/address in signature"
        elif kind == 1:
            subj = "Payment received - thank you"
            body = "Hi %s,\n\nWe've received your payment of $%d.00 on %s.\n\n  Receipt number: %d\n  Card: ending in %04d\n\nThank you!\n\n%s\n" % (
                name, rng.randint(25, 999), rng.choice(["March 3, 2024", "11/18/2024", "Jan 9", "07/22/2024"]), rng.randint(100000, 999999), rng.randint(1, 9999), sig)
            note = "receipt w/ last-4"
        elif kind == 2:
            h = rng.choice(HOLIDAYS)
            subj = "Holiday hours"
            body = "Hello,\n\nPlease note our office will be closed %s. We will reopen %s.\n\nWishing you and your family a safe and happy holiday!\n\n%s\n" % (h[0], h[1], prac[0])
            note = "holiday closure"
        elif kind == 3:
            subj = rng.choice(["We'd love your feedback", "Quick 2-minute survey"])
            body = "Hi %s,\n\nThank you for choosing %s. Would you take two minutes to tell us how we did?\n\nhttps://survey.%s/s/%d\n\nYour answers help us improve.\n\n%s\n" % (name, prac[0], prac[1], rng.randint(1000, 9999), prac[0])
            note = "survey"
        elif kind == 4:
            subj = "Your order #%d" % rng.randint(10000, 99999)
            body = "Hi %s,\n\nGood news! Your boutique order has shipped.\n\n  Carrier: %s\n  Tracking: %s\n\nQuestions? Just reply to this email.\n\n%s\n" % (
                name, *rng.choice([("UPS", "1Z%s" % "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(16))), ("USPS", "9400 %04d %04d %04d %04d %02d" % (tuple(rng.randint(0, 9999) for _ in range(4)) + (rng.randint(0, 99),)))]), prac[0])
            note = "order/tracking number"
        elif kind == 5:
            subj = "Parking update"
            body = "Hi %s,\n\nStarting next week, the lot behind our building will be under construction. Please park in the %s garage - we validate for 2 hours.\n\nThanks for your patience!\n\n%s\n" % (name, rng.choice(["Main Street", "City Center", "Library"]), sig)
            note = "parking"
        elif kind == 6:
            subj = "Welcome to %s!" % prac[0]
            body = "Hi %s,\n\nWelcome! We're so glad you chose us. Before your first visit, please fill out our new patient forms here:\n\nhttps://forms.%s/new\n\nBring a photo ID, and plan to arrive 15 minutes early.\n\n%s\n" % (name, prac[1], sig)
            note = "new patient welcome; practice name in signature"
        else:
            subj = "Staff spotlight"
            staffer = rng.choice(["Lena", "Tori", "Jess", "Brooke", "Gina"])
            body = "Hello friends,\n\nThis month we're shining a spotlight on %s, who has been with %s for %d years! When she isn't keeping our office running smoothly, you can find her %s.\n\nThank you, %s!\n\n%s\n" % (
                staffer, prac[0], rng.randint(2, 12), rng.choice(["hiking with her two labs", "coaching her daughter's soccer team", "baking sourdough", "at the climbing gym"]), staffer, prac[0])
            note = "staff spotlight newsletter"
        out.append((subj, body, note, to_name))
    return out

# ---------------------------------------------------------------- email builder
TINY_PNG = None
def make_png(w=8, h=8):
    raw = b"".join(b"\x00" + bytes([rng.randrange(150, 256), rng.randrange(100, 200), rng.randrange(100, 200)] * w) for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")

TINY_JPG = base64.b64decode(  # 1x1 white JPEG
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")

def make_pdf(text):
    content = "BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")

def make_ics(summary):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bellamy Dermatology//Scheduler//EN\r\nBEGIN:VEVENT\r\n"
            "UID:%s@bellamyderm.com\r\nDTSTAMP:20241002T150000Z\r\nDTSTART:20241015T170000Z\r\nDTEND:20241015T180000Z\r\n"
            "SUMMARY:%s\r\nLOCATION:412 Wabash Ave Suite 200\\, Chicago IL\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (rng.randint(10**8, 10**9), summary)).encode()

def to_html(body, title=None):
    import html as H
    paras = [p for p in body.strip().split("\n\n")]
    ps = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith("  ") or l.startswith("- ") or l.startswith("* ") for l in lines if l) and len(lines) > 1:
            ps.append("<ul>" + "".join("<li>%s</li>" % H.escape(l.strip(" -*")) for l in lines) + "</ul>")
        else:
            ps.append("<p>%s</p>" % "<br>\n".join(H.escape(l) for l in lines))
    style = rng.choice(["font-family:Helvetica,Arial,sans-serif;color:#2b2b2b;font-size:15px",
                        "font-family:Georgia,serif;color:#333;line-height:1.5",
                        "font-family:'Segoe UI',Roboto,sans-serif;color:#222"])
    head = '<div style="background:#f4ede6;padding:14px 20px;font-size:20px;letter-spacing:2px">%s</div>' % H.escape(title) if title else ""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>\n<body style="%s">\n%s\n'
            '<div style="max-width:600px;margin:0 auto;padding:20px">\n%s\n</div>\n'
            '<div style="font-size:11px;color:#999;text-align:center">You are receiving this because you are a patient of our practice. '
            '<a href="https://example.com/unsubscribe">Unsubscribe</a></div>\n</body></html>\n') % (style, head, "\n".join(ps))

def rand_date():
    base = datetime.datetime(2024, 1, 2, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=rng.choice([-8, -7, -6, -5, -4]))))
    return base + datetime.timedelta(days=rng.randint(0, 420), minutes=rng.randint(0, 600))

def addr_for(name):
    if not name:
        return rng.choice(["patient%d@gmail.com" % rng.randint(100, 9999), "mlove.%d@yahoo.com" % rng.randint(10, 99), "kj.%d@outlook.com" % rng.randint(1, 999),
                           "sunnyday%d@icloud.com" % rng.randint(1, 99), "hikerchick%d@gmail.com" % rng.randint(70, 99), "mamabear%d@aol.com" % rng.randint(1, 50),
                           "tjr%d@comcast.net" % rng.randint(100, 999), "lashes.and.lattes@gmail.com", "coastal.life%d@hotmail.com" % rng.randint(1, 99)])
    f, l = name.lower().split()[0], name.lower().split()[-1].replace("-", "")
    email = rng.choice(["%s.%s@gmail.com" % (f, l), "%s%s@yahoo.com" % (f[0], l), "%s_%s%d@outlook.com" % (f, l, rng.randint(1, 99)), "%s@%s.me" % (f, l)])
    return '%s <%s>' % (name, email) if rng.random() < 0.75 else email

def build_email(subject, body, fmt, to_name, html=None, attach=None, attach_name=None, ics_summary="Appointment", b64_subject=False):
    prac = rng.choice(PRACTICES)
    for pr in PRACTICES:   # keep From: consistent with the signature
        if pr[0].split()[0] in body or pr[0].split()[0] in (html or ""):
            prac = pr
    staff = rng.choice(STAFF)
    for st in STAFF:
        if re.search(r"^%s\b" % re.escape(st[0].split()[0]), body, re.M):
            staff = st
    msg = EmailMessage()
    msg["From"] = rng.choice(['%s <%s@%s>' % (prac[0], rng.choice(["hello", "info", "frontdesk", "appointments", "care"]), prac[1]),
                              '%s | %s <%s@%s>' % (staff[0].split(",")[0], prac[0], staff[2], prac[1])])
    msg["To"] = addr_for(to_name)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(rand_date())
    msg["Message-ID"] = make_msgid(idstring=str(rng.randint(10**6, 10**7)), domain=prac[1])
    if rng.random() < 0.3:
        msg["Reply-To"] = "%s@%s" % (staff[2], prac[1])
    if rng.random() < 0.2:
        msg["X-Mailer"] = rng.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "PracticeMailer 4.2"])
    ascii_only = all(ord(c) < 128 for c in body)
    plain_cte = "7bit" if ascii_only else "8bit"
    if fmt in ("plain", "subject_only"):
        msg.set_content(body, cte=plain_cte)
    elif fmt == "qp":
        msg.set_content(body, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, cte="base64")
    elif fmt in ("alt", "alt_qp", "alt_b64", "html_only"):
        pc = {"alt": plain_cte, "alt_qp": "quoted-printable", "alt_b64": "base64", "html_only": plain_cte}[fmt]
        hc = {"alt": "quoted-printable", "alt_qp": "quoted-printable", "alt_b64": "base64", "html_only": rng.choice(["quoted-printable", "base64"])}[fmt]
        msg.set_content(body, cte=pc)
        msg.add_alternative(html or to_html(body, title=prac[0] if rng.random() < 0.5 else None), subtype="html", cte=hc)
    elif fmt == "attach":
        msg.set_content(body, cte=plain_cte)
        if attach == "png":
            msg.add_attachment(make_png(), maintype="image", subtype="png", filename=attach_name)
        elif attach == "jpg":
            msg.add_attachment(TINY_JPG, maintype="image", subtype="jpeg", filename=attach_name)
        elif attach == "pdf":
            msg.add_attachment(make_pdf(ics_summary), maintype="application", subtype="pdf", filename=attach_name)
        elif attach == "ics":
            msg.add_attachment(make_ics(ics_summary), maintype="text", subtype="calendar", filename=attach_name, params={"method": "REQUEST"})
        elif attach == "inline_png":
            msg.add_alternative(to_html(body) .replace("</body>", '<img src="cid:photo1" width="240"></body>'), subtype="html")
            msg.get_payload()[1].add_related(make_png(), maintype="image", subtype="png", cid="<photo1>", filename=attach_name)
    else:
        raise ValueError(fmt)
    pol = policy.SMTP if rng.random() < 0.3 else policy.default
    data = msg.as_bytes(policy=pol)
    if b64_subject:
        enc = "=?UTF-8?B?%s?=" % base64.b64encode(subject.encode("utf-8")).decode()
        data = re.sub(rb"(?m)^Subject:.*(?:\r?\n[ \t].*)*", ("Subject: " + enc).encode(), data, count=1)
    return data

# ---------------------------------------------------------------- assemble
def main():
    for d in ("phi", "clean"):
        shutil.rmtree(os.path.join(OUT, d), ignore_errors=True)
        os.makedirs(os.path.join(OUT, d))
    cards = {"CARD1": card("space"), "CARD2": card("dash")}

    phi_items, clean_items = [], []   # (kind, payload, reason, origin)
    for t, r in PHI_SMS:
        phi_items.append(("sms", t.format(**cards) if "{CARD" in t else t, r, "hand"))
    for e in PHI_EMAILS:
        e = dict(e); e["body"] = e["body"].format(**cards) if "{CARD" in e["body"] else e["body"]
        phi_items.append(("eml", e, e["reason"], "hand"))
    for t, r in phi_sms_templates():
        phi_items.append(("sms", t, r, "template"))
    emfmts = ["plain", "qp", "b64", "alt", "alt_qp", "alt_b64"]
    for i, (s, b, r) in enumerate(phi_email_templates()):
        phi_items.append(("eml", dict(subject=s, body=b, fmt=emfmts[i % len(emfmts)]), r, "template"))
    # extra attachment cases built on otherwise-clean bodies
    phi_items.append(("eml", dict(subject="Receipt for your visit", fmt="attach", attach="pdf", attach_name="receipt_48213.pdf",
                                  body="Hi,\n\nYour receipt is attached. Thank you for visiting us!\n\nFront Desk\n"),
                      "attachment: PDF (body otherwise clean)", "hand"))
    phi_items.append(("eml", dict(subject="Your photo", fmt="attach", attach="inline_png", attach_name="day7.png",
                                  body="Hi Megan,\n\nHere's the day 7 photo we took - healing looks right on track.\n\nKayla\n"),
                      "inline image (multipart/related) + clinical photo", "hand"))
    phi_items.append(("eml", dict(subject="Directions", fmt="attach", attach="png", attach_name="map.png",
                                  body="Hi,\n\nI've attached a map showing our entrance off the back parking lot.\n\nJess\n"),
                      "attachment: image (body otherwise clean; image counts as PHI per spec)", "hand"))

    for t, n in CLEAN_SMS:
        clean_items.append(("sms", t, n, "hand"))
    for e in CLEAN_EMAILS:
        clean_items.append(("eml", dict(e), e["note"], "hand"))
    for t, n in clean_sms_templates():
        clean_items.append(("sms", t, n, "template"))
    for i, (s, b, n, to) in enumerate(clean_email_templates()):
        clean_items.append(("eml", dict(subject=s, body=b, fmt=emfmts[i % len(emfmts)], to=to), n, "template"))

    ics_summaries = {"invite.ics": "Botox appointment - Bellamy Dermatology"}
    pdf_texts = {"results_2024-10-03.pdf": "Lab results: Estradiol 38 pg/mL, TSH 1.9",
                 "consent.pdf": "Informed consent - dermal filler injection",
                 "receipt_48213.pdf": "Receipt 48213 - amount paid $150.00"}

    rng.shuffle(phi_items); rng.shuffle(clean_items)
    labels, manifest = [], []
    for label, items in (("phi", phi_items), ("clean", clean_items)):
        for i, (kind, payload, reason, origin) in enumerate(items):
            ext = "txt" if kind == "sms" else "eml"
            fn = "%s-%03d.%s" % (label, i, ext)
            path = os.path.join(OUT, label, fn)
            if kind == "sms":
                with open(path, "w", encoding="utf-8") as f:
                    f.write(payload + "\n")
                fmt = "sms"
            else:
                e = payload
                fmt = e["fmt"]
                gm = re.match(r"\s*(?:Hi|Hey|Hello|Hola|Dear|Good morning)\s+([A-Z][a-z]+)", e["body"])
                gname = gm.group(1) if gm else None
                if label == "phi":
                    isolated = fmt in ("subject_only", "html_only", "attach")
                    dir_match = [p for p in PATIENTS if first(p) == gname]
                    if reason.startswith("patient name"):
                        to = rng.choice(PATIENTS) if rng.random() < 0.5 else None
                    elif dir_match and not isolated and rng.random() < 0.6:
                        to = dir_match[0]
                        reason = reason + " (+ directory name in To:)"
                    else:
                        other = [p for p in OTHER_NAMES if first(p) == gname]
                        to = other[0] if other else None
                else:
                    if "to" in e:
                        to = e["to"]
                    else:
                        other = [p for p in OTHER_NAMES if first(p) == gname]
                        to = other[0] if other else (None if gname else rng.choice(OTHER_NAMES + [None]))
                an = e.get("attach_name")
                summ = ics_summaries.get(an) or pdf_texts.get(an) or "Appointment"
                data = build_email(e["subject"], e["body"], fmt, to, html=e.get("html"), attach=e.get("attach"),
                                   attach_name=an, ics_summary=summ, b64_subject=e.get("b64_subject", False))
                with open(path, "wb") as f:
                    f.write(data)
            if label == "phi":
                labels.append((fn, reason))
            manifest.append((label + "/" + fn, label, kind, fmt, origin, reason))

    with open(os.path.join(OUT, "labels.tsv"), "w") as f:
        for fn, r in labels:
            f.write("%s\t%s\n" % (fn, r))
    with open(os.path.join(OUT, "manifest.tsv"), "w") as f:
        f.write("path\tlabel\tkind\tformat\torigin\treason_or_note\n")
        for row in manifest:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "patients.txt"), "w") as f:
        f.write("\n".join(PATIENTS) + "\n")
    print("phi", len(phi_items), "clean", len(clean_items))

if __name__ == "__main__":
    main()
