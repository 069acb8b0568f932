# -*- coding: utf-8 -*-
PATIENTS = """Dana Whitfield
Marisol Ortega
Priya Raman
Kendra Booker
Lauren Castellano
Tessa Lindqvist
Brianna Okafor
Heather Mulroney
Jasmine Thibodeaux
Olivia Brandt
Renee Valdez-Park
Courtney Abernathy
Natalie Szymanski
Gabriela Fuentes
Whitney Calloway
Monique Desrosiers
Alyssa Kowalczyk
Samantha Greer
Erin McAllister
Tamara Villanueva
Yuki Nakamura
Farrah Haddad
Jillian Rourke
Stephanie Quach
Megan Halvorsen
Carla Benedetti
Nadia Petrovic
Rachel Eisenberg
Vanessa Ardoin
Keisha Pruitt
Michael Deluca
Jordan Ashby
Trevor Kincaid
Andre Beaumont
Marcus Ellery
Daniel Okonkwo
Lucia Marchetti
Ingrid Solberg
Sophie Tran-Mercer
Bethany Crowder""".strip().splitlines()

# Full names NOT in the directory (for clean To: headers / greetings)
OTHER_NAMES = ["Hannah Pierce", "Claire Donovan", "Rebecca Stahl", "Amanda Lowry", "Grace Whitman",
               "Emily Sutter", "Nicole Barrett", "Julia Hensley", "Maya Cordero", "Victoria Lane",
               "Sarah Kimball", "Chloe Ramsey", "Ashley Moreno", "Kimberly Tate", "Lindsey Farr",
               "Paige Holloway", "Jenna Wick", "Melissa Grant", "Ryan Falk", "Kevin Osei",
               "Hailey Brooks", "Tara Mendel", "Jocelyn Ruiz", "Allison Shaw", "Brett Nolan"]

FIRSTS_ANY = ["Dana", "Priya", "Sarah", "Claire", "Hannah", "Olivia", "Maya", "Jen", "Kat", "Ashley",
              "Lauren", "Nicole", "Tessa", "Marcus", "Kevin", "Beth", "Alexis", "Grace", "Megan", "Chris"]

PRACTICES = [
    ("Luma Aesthetics", "lumaaesthetics.com", "1200 Pacific Ave, Suite 3, Tacoma, WA 98402", "(253) 555-0147"),
    ("Northshore Plastic Surgery", "northshoreps.com", "900 N Michigan Ave, Suite 1410, Chicago, IL 60611", "(312) 555-0188"),
    ("Bellamy Dermatology", "bellamyderm.com", "412 Wabash Ave, Suite 200, Chicago, IL 60605", "(312) 555-0134"),
    ("Willow & Wren Med Spa", "willowandwrenspa.com", "88 Linden St, Portland, ME 04101", "(207) 555-0125"),
    ("Crestview Skin & Wellness", "crestviewskin.com", "31 Crestview Plaza, Boise, ID 83702", "(208) 555-0119"),
    ("Harbor Point Plastic Surgery", "harborpointps.com", "2240 Rosecrans St, San Diego, CA 92106", "(619) 555-0177"),
]

STAFF = [("Jess", "Front Desk", "jess"), ("Tori Lang", "Patient Coordinator", "tori"),
         ("Brooke Sandoval", "Billing", "billing"), ("Kayla Brennan, RN", "Nurse", "kayla"),
         ("Lena Ortiz", "Licensed Aesthetician", "lena"), ("Gina", "Front Desk", "frontdesk"),
         ("Maddie", "Surgical Coordinator", "maddie"), ("Alicia", "Wellness Coach", "alicia")]

PROVIDERS = ["Dr. Patel", "Dr. Choi", "Dr. Reyes", "Dr. Okada", "Kayla", "Lena", "our NP Jenna", "Dr. Amir Patel"]

# (term, kind) kind: inj=injectable/product, proc=procedure/surgery, dev=device/skin treatment
PROCS = [
    ("Botox", "inj"), ("Dysport", "inj"), ("Xeomin", "inj"), ("Jeuveau", "inj"), ("Daxxify", "inj"),
    ("Letybo", "inj"), ("Juvederm Voluma", "inj"), ("Juvederm Volbella", "inj"), ("Restylane Lyft", "inj"),
    ("Restylane Kysse", "inj"), ("Sculptra", "inj"), ("Radiesse", "inj"), ("RHA Redensity", "inj"),
    ("Belotero", "inj"), ("Revanesse Versa", "inj"), ("Kybella", "inj"), ("lip filler", "inj"),
    ("tear trough filler", "inj"), ("cheek filler", "inj"), ("jawline filler", "inj"), ("lip flip", "inj"),
    ("Renuva", "inj"), ("PDO thread lift", "proc"), ("Kenalog injection", "inj"),
    ("CoolSculpting", "dev"), ("Emsculpt NEO", "dev"), ("truSculpt", "dev"), ("Emsella", "dev"),
    ("liposuction", "proc"), ("tummy tuck", "proc"), ("abdominoplasty", "proc"), ("BBL", "proc"),
    ("rhinoplasty", "proc"), ("blepharoplasty", "proc"), ("eyelid surgery", "proc"), ("facelift", "proc"),
    ("deep plane facelift", "proc"), ("neck lift", "proc"), ("brow lift", "proc"), ("breast augmentation", "proc"),
    ("breast reduction", "proc"), ("breast lift", "proc"), ("implant exchange", "proc"), ("labiaplasty", "proc"),
    ("gynecomastia surgery", "proc"), ("mommy makeover", "proc"), ("arm lift", "proc"), ("otoplasty", "proc"),
    ("chin implant", "proc"), ("fat transfer", "proc"), ("hair transplant", "proc"), ("explant surgery", "proc"),
    ("chemical peel", "dev"), ("VI Peel", "dev"), ("microneedling", "dev"), ("Morpheus8", "dev"),
    ("IPL photofacial", "dev"), ("Fraxel", "dev"), ("CO2 laser", "dev"), ("Halo laser", "dev"),
    ("PRP", "dev"), ("PRF under-eye", "dev"), ("HydraFacial", "dev"), ("laser hair removal", "dev"),
    ("PicoSure tattoo removal", "dev"), ("Ultherapy", "dev"), ("Thermage", "dev"), ("Sofwave", "dev"),
    ("Vivace RF microneedling", "dev"), ("dermaplaning", "dev"), ("sclerotherapy", "dev"), ("AviClear", "dev"),
    ("Clear + Brilliant", "dev"), ("Moxi laser", "dev"), ("Potenza", "dev"), ("Secret RF", "dev"),
    ("exosome facial", "dev"), ("NAD+ IV", "dev"), ("Myers' cocktail IV drip", "dev"), ("B12 shot", "inj"),
    ("salmon DNA facial", "dev"), ("Botox for sweating", "inj"), ("masseter Botox", "inj"),
    ("SkinVive", "inj"), ("Profhilo", "inj"), ("Emface", "dev"), ("laser resurfacing", "dev"),
]

RX = ["semaglutide", "Ozempic", "Wegovy", "Mounjaro", "Zepbound", "tirzepatide", "phentermine", "Contrave",
      "tretinoin", "Retin-A", "Altreno", "hydroquinone 4%", "Tri-Luma", "spironolactone", "isotretinoin",
      "Absorica", "valacyclovir", "Valtrex", "doxycycline", "minocycline", "oral minoxidil", "finasteride",
      "Latisse", "Upneeq", "Rhofade", "Soolantra", "metronidazole gel", "azelaic acid", "clindamycin gel",
      "Aczone", "Winlevi", "testosterone cypionate", "estradiol patch", "progesterone", "tranexamic acid",
      "cephalexin", "Zofran", "Vaniqa", "Opzelura", "compounded semaglutide", "naltrexone (LDN)", "Arazlo"]

CONDITIONS = ["melasma", "rosacea", "acne scarring", "cystic acne", "hyperpigmentation", "hyperhidrosis",
              "hair loss", "seborrheic dermatitis", "eczema", "psoriasis", "capsular contracture", "a seroma",
              "a hematoma", "lipedema", "diastasis recti", "eyelid ptosis", "a hypertrophic scar", "keloids",
              "perioral dermatitis", "PIH", "actinic keratosis", "spider veins"]

AVOID = ["alcohol", "ibuprofen", "fish oil", "retinol", "tretinoin", "hot yoga", "saunas", "heavy workouts",
         "makeup", "sun exposure", "lying flat", "swimming", "waxing"]

WHENS = ["tomorrow at 10:00", "Tues 3/12 at 2:15pm", "this Friday at 11", "Mon at 9:30am", "Wednesday 4:45pm",
         "Sat 10/19 at noon", "next Thursday at 1pm", "12/3 at 8:30 AM", "Friday the 9th at 3:40",
         "tomorrow morning at 8", "Tue 6/4 at 10:20"]

HOLIDAYS = [("Monday, Sept 2 for Labor Day", "Tuesday at 8am"), ("Thursday 11/28 and Friday 11/29", "Monday 12/2"),
            ("Monday 1/15 for MLK Day", "Tuesday"), ("Friday July 5", "Monday the 8th"),
            ("Memorial Day (5/27)", "Tuesday 5/28"), ("Presidents' Day", "Tuesday at 9"),
            ("Christmas Eve after 1pm and Christmas Day", "Thursday 12/26")]

PHARMACIES = ["the CVS on 5th", "Walgreens on Broadway", "Costco pharmacy", "the Rite Aid on Oak St",
              "our mail-order pharmacy", "Hy-Vee pharmacy", "the Target CVS", "Empower Pharmacy"]
