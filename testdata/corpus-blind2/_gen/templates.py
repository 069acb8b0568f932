from common import *

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
TIMES = ["8:30 AM", "9:00 AM", "10:15 AM", "11:45 AM", "1:00 PM", "2:30 PM", "3:45 PM", "4:15 PM", "5:30 PM"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FIRST = ["Kara", "Jessica", "Michael", "Sarah", "Luis", "Emily", "Tanya", "Brandon", "Rebecca", "Jordan", "Nadia", "Chris",
         "Valeria", "Megan", "Hiro", "Olivia", "Derek", "Maya", "Ethan", "Claire", "Imani", "Lauren", "Sofia", "Grace",
         "Dana", "Priya", "Keisha", "Yasmin", "Devon", "Annika", "Zainab", "Heather"]
FIRST_ES = ["Carmen", "Valeria", "Josefina", "Lucía", "Rosa", "Patricia", "Ana", "Guadalupe", "Marisol", "Ximena"]
PROVIDERS = ["Dr. Alvarez", "Dr. Hollis", "Dr. Nakamura", "Dr. Moreau", "Dr. Reyes", "Dr. Okafor", "Dr. Birch", "Nurse Alyssa", "Kate, PA-C", "Dr. Singh"]

# PHI treatment terms: (english label, spanish label or None)
TERMS = [("Botox", "Botox"), ("Dysport", "Dysport"), ("Xeomin", "Xeomin"), ("Jeuveau", None), ("Daxxify", None),
    ("Juvederm", "Juvederm"), ("Restylane", "Restylane"), ("Sculptra", "Sculptra"), ("Radiesse", None), ("RHA filler", None),
    ("Belotero", None), ("CoolSculpting", "CoolSculpting"), ("Emsculpt", None), ("Kybella", "Kybella"),
    ("liposuction", "liposucción"), ("tummy tuck", "abdominoplastia"), ("rhinoplasty", "rinoplastia"),
    ("blepharoplasty", "blefaroplastia"), ("facelift", "lifting facial"), ("breast augmentation", "aumento de senos"),
    ("microneedling", "microneedling"), ("Morpheus8", "Morpheus8"), ("IPL photofacial", "IPL"), ("HydraFacial", "HydraFacial"),
    ("chemical peel", "peeling químico"), ("laser hair removal", "depilación láser"), ("PRP hair restoration", "PRP capilar"),
    ("sclerotherapy", "escleroterapia"), ("semaglutide", "semaglutida"), ("tirzepatide", "tirzepatida"),
    ("testosterone therapy", "terapia de testosterona"), ("tattoo removal", "eliminación de tatuajes"), ("Ultherapy", None),
    ("thread lift", "hilos tensores"), ("laser resurfacing", "rejuvenecimiento láser"), ("Vbeam", None), ("NAD+ infusion", None),
    ("lip filler", "relleno de labios"), ("Emface", None), ("Sofwave", None)]

BRANDS = ["Botox", "Dysport", "Xeomin", "Juvederm", "Restylane", "Sculptra", "Kybella", "Morpheus8", "CoolSculpting",
          "Radiesse", "Daxxify", "Belotero", "HydraFacial", "Jeuveau", "Emsculpt", "microneedling", "rhinoplasty", "Kybella", "liposuction"]
EVASIONS = [("cyrillic look-alike letters", ev_cyr), ("zero-width character", ev_zw), ("leetspeak", ev_leet),
            ("separator characters", ev_sep), ("diacritics", ev_diac), ("greek look-alike letter", ev_greek), ("all caps", ev_caps)]

def evade(term, p=0.4):
    if R.random() < p:
        words = term.split(" ")
        # choose longest word to evade
        i = max(range(len(words)), key=lambda k: len(words[k]))
        name, fn = R.choice(EVASIONS)
        w = words[i]
        nw = fn(w)
        if nw == w:
            name, fn = ("zero-width character", ev_zw); nw = fn(w)
        words[i] = nw
        return " ".join(words), name
    return term, None

# directory name forms
def name_form(full):
    parts = full.split()
    first, last = parts[0], parts[-1]
    form = R.choice(["plain", "upper_lastfirst", "honorific", "lastfirst", "plain"])
    if form == "plain": return full
    if form == "upper_lastfirst": return f"{last.upper()}, {' '.join(parts[:-1]).upper()}"
    if form == "honorific": return f"{R.choice(['Ms.', 'Mr.', 'Mx.', 'Mrs.'])} {full}"
    return f"{last}, {' '.join(parts[:-1])}"
