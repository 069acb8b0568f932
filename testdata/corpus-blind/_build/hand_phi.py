# -*- coding: utf-8 -*-
# Individually hand-written PHI messages.
# Placeholders {CARD1} etc. are filled by gen.py with Luhn-valid numbers.

ZW = "\u200b"
# Cyrillic look-alikes
C_B, C_o, C_x, C_e, C_a, C_c, C_p, C_T = "\u0412", "\u043e", "\u0445", "\u0435", "\u0430", "\u0441", "\u0440", "\u0422"

PHI_SMS = [
    ("Hi Marisol! Just a reminder your Botox touch-up is tomorrow at 10:30 with Kayla. Reply C to confirm or call 555-0142 to reschedule.",
     "product: Botox"),
    ("Hey, it's Nurse Kayla checking in - how's the swelling after your lip filler yesterday? A little lumpiness is normal for 1-2 wks. Ice 10 min on/off, no straws today.",
     "treatment: lip filler + post-treatment swelling"),
    ("Your Ozempic refill was sent to the CVS on Main St. Remember to bump up to 0.5 mg starting next week per Dr. Patel.",
     "Rx: Ozempic dose"),
    ("Reminder: no retinol or tretinoin for 5 days before your chemical peel on Thursday. Questions? Text us back!",
     "Rx tretinoin + procedure chemical peel"),
    ("Hi there! Your CoolSculpting session for the flanks is booked Sat 9am. Wear comfy clothes, the applicators take about 35 min each.",
     "procedure: CoolSculpting"),
    ("Post-op day 3 check: any fever, increased redness or drainage from the incisions? Please text a quick update + a pic of your drain output log.",
     "clinical: post-op incisions/drains"),
    ("Good news - your lab results came back and your testosterone is back in range (612). Dr. Reyes wants to keep you on the same dose.",
     "lab results: testosterone"),
    ("Your semaglutide order shipped! Tracking 1Z999AA10123456784. Keep it refrigerated once it arrives.",
     "Rx: semaglutide"),
    ("Hi! We had a cancellation - want to move your Morpheus8 up to this Friday 2pm?",
     "procedure: Morpheus8"),
    ("Just confirming you're off ibuprofen and fish oil 1 week before your rhinoplasty on the 14th. Nothing to eat after midnight the night before!",
     "procedure: rhinoplasty (pre-op)"),
    ("Pls remember to bring your compression garment to the post op appt tmrw, Dr Choi wants to see how the lipo sites are healing",
     "procedure: lipo, post-op"),
    ("Hey girl! Your Juv\u00e9derm came in, we can do your cheeks whenever works \U0001F60A",
     "product: Juvederm (diacritic spelling)"),
    ("Your Kybella round 2 is set for 11/8. Expect swelling under the chin for 3-5 days like last time.",
     "product: Kybella + swelling"),
    ("Hi Tessa Lindqvist, this is Luma Aesthetics confirming your appointment Monday at 1:15. See you then!",
     "patient name (directory)"),
    ("Reminder from Dr Patel's office: start the valacyclovir 2 days before your laser resurfacing so you don't get a cold sore flare.",
     "Rx valacyclovir + laser resurfacing"),
    ("You have 2 HydraFacial sessions left on your membership - want to book the next one before they expire in March?",
     "product: HydraFacial"),
    ("Hi! Can you send us your 2-week post-op photos (front, both sides, 45\u00b0)? Reply to this number or upload in the portal.",
     "clinical: post-op photos"),
    ("b0t0x special for VIP members this wk only, $10/unit! Reply YES and I'll hold your usual spot",
     "evasion: leetspeak b0t0x"),
    ("hi hun, ur restalyne lips look amazing in the after pic!! ok if we post on our insta? totally fine if not",
     "evasion: misspelling restalyne + after photo"),
    ("Your iPLEDGE pregnancy test has to be done by Friday or the Accutane script can't be filled this month.",
     "Rx: Accutane / iPLEDGE"),
    ("Heads up: you're due for your 3 month Dysport. Want the usual Tues slot?",
     "product: Dysport"),
    ("Your breast aug consult is confirmed for 3/21 at 2:00 with Dr. Reyes. Bring a list of current meds and any size goals.",
     "procedure: breast augmentation consult"),
    ("Please take a break from the hydroquinone after 3 months - let's do a check-in on your melasma in January.",
     "Rx hydroquinone + condition melasma"),
    ("Hi Brianna Okafor - courtesy text that your balance of $45.00 is due. Pay online at lumapay.com/pay",
     "patient name (directory)"),
    ("Sutures come out next Wed at 11. Keep the steri-strips dry until then.",
     "clinical: sutures"),
    ("Ur tummy tuck drains can come out once output is under 25cc/day for 2 days in a row. Keep logging!",
     "procedure: tummy tuck drains"),
    ("B.O.T.O.X bar is open late Thurs! Your usual 20 units for the forehead is ready when you are",
     "evasion: separators B.O.T.O.X"),
    ("Hi, your 2nd vial of Sculptra is reserved for you. Remember the 5-5-5 massage after: 5 min, 5x a day, 5 days.",
     "product: Sculptra + aftercare"),
    ("Wegovy prior auth was denied by your plan :( We can try the Zepbound savings card or compounded tirzepatide - call us to talk it through.",
     "Rx: Wegovy/Zepbound/tirzepatide"),
    ("Just checking how you feel after the IV drip yesterday - any bruising at the IV site should fade in a few days.",
     "treatment: IV drip therapy + bruising"),
    ("Your PRP hair restoration #2 is Tuesday. Wash hair that morning, no product please.",
     "procedure: PRP"),
    ("Remember SPF 50 daily & no sun for 2 weeks after your IPL. Pinkness and little 'coffee grounds' spots are normal.",
     "procedure: IPL aftercare"),
    ("Hi Marcus, your gynecomastia pre-op labs are due by the 3rd - the Quest order is in your portal.",
     "procedure: gynecomastia pre-op labs"),
    ("The lab can't release your results without a DOB match - we have 04/17/1988 on file, is that right?",
     "identifier: DOB"),
    ("For the breast reduction pre-cert we need your insurance member ID - we have W294881756, pls confirm",
     "identifier: member ID + breast reduction"),
    ("Xeomin or Daxxify this time? Daxxify lasts longer but is a bit more $$ - let me know before Fri.",
     "product: Xeomin/Daxxify"),
    ("Dr Choi reviewed your before & after photos and is really happy with the symmetry from your bleph \U0001F64C",
     "clinical: before/after photos + blepharoplasty"),
    ("Your Jeuveau appt is tmrw at 4:45. Skip the wine tonight, it helps with bruising!",
     "product: Jeuveau"),
    ("Hi! your filler appointment moved to 3pm Thursday. Same room as last time.",
     "ambiguous 'filler' in appointment context"),
    ("fyi your 2 syringes of RHA 3 are here, pick a time for your nasolabial folds?",
     "product: RHA"),
    ("It's been 6 wks since your BBL - you can start sitting normally on a firm surface now, still no direct pressure for more than an hour.",
     "procedure: BBL (Brazilian butt lift) recovery"),
    ("Labiaplasty follow-up reminder: swelling peaks days 3-5, sitz baths 2x/day. Call us if bleeding soaks a pad in an hour.",
     "procedure: labiaplasty aftercare"),
    ("Hi Jordan Ashby, thanks for stopping by today! Let us know if you have any questions.",
     "patient name (directory)"),
    ("Don't forget to pick up your tret 0.05% at Walgreens (last one was 0.025). Pea-size amount every other night to start.",
     "Rx: tretinoin (abbrev 'tret')"),
    ("Your Emsculpt NEO series starts Monday - 4 sessions, 2-3 days apart. Hydrate well!",
     "device: Emsculpt NEO"),
    ("Rosacea acting up? Keep using the metronidazole gel AM/PM and we'll add a Rhofade sample at your visit.",
     "condition rosacea + Rx metronidazole/Rhofade"),
    ("Hi, the pharmacy needs your date of birth to fill the Retin-A. They have 9/2/1991, is that correct?",
     "identifier: DOB + Rx Retin-A"),
    ("Payment declined for card {CARD1} - can you text a new card or call billing at 555-0160?",
     "identifier: payment card number"),
    ("Jvdrm lip appt Thurs 2pm!! see u then",
     "evasion: abbreviation 'Jvdrm' (Juvederm)"),
    ("Your facelift recovery kit is ready at the front desk - arnica, bromelain, cold packs and the chin strap.",
     "procedure: facelift"),
    ("Sorry, insurance won't cover the cosmetic part of the rhinoplasty but the septoplasty portion may be - billing will call you.",
     "procedure: rhinoplasty/septoplasty"),
    ("Hi! Looks like your Latisse refill is due. Want us to send it to the pharmacy or will you pick up in office?",
     "Rx: Latisse"),
    ("Kybella vs lipo for the chin - Dr. P says either would work for you. The consult notes are in your portal.",
     "products + consult notes"),
    ("Hi Nadia Petrovic! We miss you - it's been a while. Reply BOOK and we'll find you a time.",
     "patient name (directory)"),
    ("Your hormone pellet insertion is confirmed for 10/2. No swimming or hot tubs for 3 days after.",
     "treatment: HRT pellet"),
    ("Pls skip makeup for 24 hrs after microneedling. Mild redness like a sunburn is totally normal.",
     "procedure: microneedling aftercare"),
    ("bo-tox appt moved to fri 11am, sry for the shuffle!",
     "evasion: hyphen separator bo-tox"),
    ("Your Sofwave is tomorrow! About 45 min, and we'll put numbing cream on 30 min before.",
     "device: Sofwave"),
    ("Thanks for your payment of $1,250 for your Thermage FLX. Receipt #R-88213 is in your inbox.",
     "device: Thermage FLX (billing)"),
    ("Ultherapy Tues! If your doctor is ok with it, take 800mg ibuprofen an hour before.",
     "device: Ultherapy"),
    ("Your implant card (Mentor 350cc smooth round, high profile) is scanned into your chart - keep a photo of it for your records.",
     "device: breast implants"),
    ("Your biopsy came back benign - seborrheic keratosis, nothing else needed. Dr. Choi will go over it at your next visit.",
     "derm: biopsy result / condition"),
    ("SkinVive appt Thursday! No blood thinners/fish oil this week please \U0001F970",
     "product: SkinVive"),
    ("Good news, your Zepbound 5mg was approved! The pharmacy should have it tomorrow.",
     "Rx: Zepbound"),
    ("Chart #CH-204418 shows your next visit is due 12/9. Give us a call to book!",
     "identifier: chart number"),
    ("The SSN on your financing app looks off - we have 523-41-8870, can you double check that?",
     "identifier: SSN"),
    (C_B + C_o + "t" + C_o + C_x + " Tuesdays are back! Your 2pm slot is held for you.",
     "evasion: Cyrillic look-alikes (Botox)"),
    ("Quick reminder - Bo" + ZW + "tox touch up tmrw at 9:15, see you soon!",
     "evasion: zero-width char in Botox"),
    ("Dysp0rt 2-for-1 units this week for returning clients, want your usual 50?",
     "evasion: leetspeak Dysp0rt"),
    ("Your J.u.v.e.d.e.r.m syringe is on hold until Friday, just lmk a time \U0001F48B",
     "evasion: separators J.u.v.e.d.e.r.m"),
    ("x e o m i n is in stock again! want me to put you down for Wed?",
     "evasion: spaced x e o m i n"),
    ("Thanks for coming in for your coolsculpting sessions! Soreness and numbness can last a few weeks.",
     "procedure: coolsculpting (lowercase, plural)"),
    ("Dr. Reyes has your lower face and neck lift at 7am Thursday. Please arrive at 5:45 with your driver.",
     "procedure: face/neck lift (surgery)"),
    ("Tri-Luma is backordered, so we can have the pharmacy compound hydroquinone 4% for your dark spots instead.",
     "Rx: Tri-Luma/hydroquinone"),
    ("Hiya! Ur next round of semaglutde is due Sat, still doing 1mg? Send me your weigh-in when u can",
     "evasion: misspelled semaglutde + weight-loss check-in"),
    ("Hi! quick reminder not to lie flat for 4 hrs after your tox today, and no workouts til tmrw",
     "slang: 'tox' (neurotoxin) aftercare"),
    ("Your MRN for the hospital pre-admission is 00482913 - give it to registration when you check in for surgery.",
     "identifier: MRN"),
    ("Hi Samantha Greer, the document you asked for is ready to pick up at reception.",
     "patient name (directory)"),
    ("Good morning! You're due for a semaglutide dose increase, Dr. Patel approved 1.7mg. New vials ship Monday.",
     "Rx: semaglutide"),
    ("Hey! How's the nose? Splint comes off Tuesday, don't blow it til then \U0001F643",
     "clinical: post-rhinoplasty splint"),
    ("Just so you know, a little ptosis after neurotoxin usually resolves in 2-4 wks. We'll send in Upneeq drops to help.",
     "condition ptosis + Rx Upneeq"),
    ("Your Halo laser is booked 12/12 at 1pm. Start the valtrex the day before like last time.",
     "device: Halo laser + Rx Valtrex"),
    ("RESTYLANE KYSSE 1 syringe $650 - that's the price we talked about at your consult. Want to lock it in?",
     "product: Restylane Kysse (all caps)"),
    ("Hi Renee Valdez-Park! Friendly reminder we're closed Monday for the holiday.",
     "patient name (directory)"),
    ("Can you send a pic of the area where the bruise is? Want to rule out a vascular occlusion after yesterday's filler.",
     "clinical: possible vascular occlusion after filler"),
    ("Reminder: no ice baths or saunas for 2 wks after the mastopexy. Sports bra 24/7.",
     "procedure: mastopexy"),
    ("Your spironolactone labs (potassium) look fine! Ok to stay on 100mg daily.",
     "Rx + lab results"),
    ("ur biote pellets r due next month! want to book w/ Dr. Reyes?",
     "treatment: Biote pellets (HRT)"),
    ("Sclerotherapy aftercare: wear the compression stockings 48 hrs straight, then daytime for a week.",
     "procedure: sclerotherapy"),
    ("Hi Michael Deluca, you left your reading glasses in room 2! We'll keep them at the front desk.",
     "patient name (directory)"),
    ("Whitfield, Dana - your paperwork was received, thank you!",
     "patient name (directory, last-first order)"),
    ("Ur lipotropic + B12 shots are ready for pickup, 4 week supply. Inject Mon/Thu like we practiced.",
     "treatment: lipotropic/B12 injections"),
    ("Hey! Sorry to hear the swelling is uneven on the left side - totally normal first week after lip injections, but send a pic if it gets worse.",
     "clinical: swelling after lip injections"),
    ("Your AviClear series is paid in full (3 sessions). First one's on the 18th!",
     "device: AviClear"),
]

# Emails. fmt: plain | qp | b64 | alt | alt_qp | alt_b64 | subject_only | html_only | attach
PHI_EMAILS = [
    dict(subject="Your post-op instructions - upper blepharoplasty",
         fmt="qp",
         reason="procedure: blepharoplasty post-op instructions",
         body="""Hi Lauren,

Thanks for trusting us with your surgery today! Here is a written copy of what Dr. Choi went over with you and your husband in recovery.

FIRST 48 HOURS
- Cold compresses (frozen peas or the gel mask we sent home) 20 minutes on, 20 minutes off while awake.
- Sleep with your head elevated on 2-3 pillows or in a recliner.
- Some oozing from the incision lines is normal the first day. Gently dab with a clean gauze.
- Apply the erythromycin ophthalmic ointment to the incisions 3x daily.

PAIN
- Tylenol every 6 hours as needed. Use the hydrocodone only if Tylenol isn't enough.
- Do NOT take ibuprofen, aspirin or fish oil for one week.

CALL US RIGHT AWAY if you notice sudden severe pain, increasing swelling on one side, vision changes, or bleeding that doesn't stop with light pressure.

Your suture removal is scheduled for next Wednesday at 10:00 AM.

Warmly,
Kayla Brennan, RN
Northshore Plastic Surgery
(312) 555-0188
"""),
    dict(subject="Week 6 check-in - weight loss program",
         fmt="plain",
         reason="Rx semaglutide + weight-loss program check-in",
         body="""Hi Priya,

Great job sticking with it! Based on the weigh-in you sent Monday (down 11.4 lbs since starting), Dr. Patel is comfortable moving you from 0.5 mg to 1 mg of semaglutide starting with your next weekly injection.

A few reminders:
* Nausea can come back for a few days after a dose increase. Smaller meals, more protein, and stop eating when you feel about 80% full.
* Keep drinking at least 80 oz of water a day.
* If you have constipation for more than 3 days, let us know and we'll suggest something.

Your next telehealth check-in is on the 22nd. Please log your weight and waist measurement the morning of.

Talk soon,
Coach Alicia
Luma Aesthetics Wellness
"""),
    dict(subject="Your lab results are ready",
         fmt="alt",
         reason="lab results: hormone panel (HRT)",
         body="""Hello Jillian,

Dr. Reyes reviewed your labs from last Thursday:

  Estradiol: 38 pg/mL (low for your goals)
  Progesterone: 0.4 ng/mL
  Total testosterone: 22 ng/dL
  TSH: 1.9 (normal)
  Vitamin D: 24 ng/mL (low)

Plan: increase the estradiol patch to 0.075 mg twice weekly, continue oral progesterone 100 mg at bedtime, and start vitamin D3 5,000 IU daily. We'll recheck levels in 8 weeks.

Please reply if you have any questions, or book a telehealth visit if you'd like to talk through the plan.

The Hormone Care Team
Crestview Skin & Wellness
"""),
    dict(subject="Consultation summary & quote",
         fmt="alt_qp",
         reason="consult notes/treatment plan: rhinoplasty quote",
         body="""Hi Stephanie,

It was lovely meeting you on Tuesday. As promised, here is a summary of your consultation with Dr. Reyes and your personalized quote.

Goals discussed: reduce the dorsal hump, refine the tip, and improve breathing on the right side.

Recommended plan: open rhinoplasty with septoplasty. Dr. Reyes noted a deviated septum on exam, so part of the procedure may be billed to insurance once we get a pre-authorization.

Estimated fees (cosmetic portion):
  Surgeon fee ............ $8,900
  Anesthesia ............. $1,200
  Facility ............... $1,650
  Total .................. $11,750

A $1,000 deposit holds your surgery date. Most patients take 10-14 days off work and wear a nasal splint for one week.

Please let me know if you'd like to move forward or have any questions.

Best,
Tori Lang
Patient Care Coordinator
Harbor Point Plastic Surgery
"""),
    dict(subject="Invoice #10293 from Willow & Wren Med Spa",
         fmt="alt",
         reason="billing line items naming products (Botox, Restylane)",
         body="""Hi Olivia,

Thank you for visiting us on March 4. Your invoice is below.

  Botox Cosmetic - 36 units @ $14 ....... $504.00
  Restylane Kysse - 1 syringe ........... $700.00
  Member discount (10%) ................. -$120.40
  Total paid ............................ $1,083.60

Paid with Visa ending in 4421.

See you in 3 months!
Willow & Wren Med Spa
88 Linden St, Portland ME 04101
"""),
    dict(subject="A little something for you, Heather \u2728",
         fmt="alt_b64",
         reason="marketing to a specific patient naming Sculptra",
         body="""Hi Heather,

As one of our VIP members we wanted you to hear it first: this month only, take $100 off each vial of Sculptra when you book a series of three.

You mentioned at your last visit that you were interested in longer-lasting volume in your temples - this would be the perfect time!

Book online or reply to this email and we'll take care of you.

xo,
The Luma Aesthetics Team
"""),
    dict(subject="Quick favor - your progress photos",
         fmt="plain",
         reason="clinical: before/after photo request after tummy tuck",
         body="""Hi Whitney,

You're officially 3 months out from your tummy tuck! Dr. Choi likes to take standardized progress photos at this point so we can compare with your pre-op photos.

If you can't make it in, you can upload them yourself through the portal. Please take them in fitted underwear against a plain wall: front, both sides, and back. Good lighting, no filters.

Thank you!
Maddie
Northshore Plastic Surgery
"""),
    dict(subject="Prescription sent",
         fmt="qp",
         reason="Rx: tretinoin/clindamycin for acne",
         body="""Hi Gabriela,

Dr. Okada sent your new prescriptions to Walgreens on Fifth Ave:

1. Tretinoin 0.025% cream - apply a pea-sized amount at night, start every third night and increase as tolerated.
2. Clindamycin 1% lotion - apply every morning to acne-prone areas.

It's normal for your skin to get a little dry and flaky the first 4-6 weeks (the "retinization" phase). Use a gentle moisturizer and SPF every day.

If the pharmacy says the tretinoin isn't covered, let us know - we can send it to a discount pharmacy instead.

Bellamy Dermatology
"""),
    dict(subject="Preparing for your surgery on June 12",
         fmt="alt_qp",
         reason="procedure: breast augmentation pre-op",
         body="""Dear Ms. Fuentes,

Your breast augmentation with Dr. Reyes is scheduled for Wednesday, June 12. Please arrive at the surgery center at 6:00 AM.

Two weeks before surgery:
- Stop all aspirin, ibuprofen, naproxen, vitamin E, fish oil and herbal supplements.
- Stop smoking and vaping completely (this includes nicotine gum and patches).

The night before:
- Nothing to eat or drink after midnight.
- Shower with the Hibiclens wash we gave you.

Day of surgery:
- Wear a zip-front top and loose pants.
- Bring your surgical bra and a responsible adult who will drive you home and stay with you overnight.

Your post-op visit is scheduled for June 13 at 9:00 AM.

Harbor Point Plastic Surgery
"""),
    dict(subject="Insurance pre-authorization update",
         fmt="plain",
         reason="identifier: insurance member ID + procedure breast reduction",
         body="""Hi Keisha,

We submitted the pre-authorization for your bilateral breast reduction to Blue Cross today.

  Member ID: XJH884512397
  Group #: 0087421
  CPT: 19318 x2
  Diagnosis: macromastia with chronic neck and back pain

Determinations usually take 10-15 business days. We'll call you as soon as we hear back. If they ask for more documentation, the letter from your physical therapist would really help.

Brooke
Billing Department, Northshore Plastic Surgery
"""),
    dict(subject="See you Thursday!",
         fmt="html_only",
         reason="email: PHI only in HTML hidden preheader (Morpheus8)",
         body="""Hi there,

We're looking forward to seeing you Thursday at 3:30 PM.

Please arrive 10 minutes early. Reply to this email if you need to reschedule.

Luma Aesthetics
""",
         html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#333">
<span style="display:none;font-size:0;line-height:0;max-height:0;opacity:0;overflow:hidden">Morpheus8 prep: no retinol 3 days before, arrive with clean skin.</span>
<p>Hi there,</p>
<p>We're looking forward to seeing you <b>Thursday at 3:30 PM</b>.</p>
<p>Please arrive 10 minutes early. Reply to this email if you need to reschedule.</p>
<p style="color:#888">Luma Aesthetics</p>
</body></html>"""),
    dict(subject="Your Kybella follow-up",
         fmt="subject_only",
         reason="email: PHI only in Subject (Kybella)",
         body="""Hi,

Just a reminder that your follow-up visit is next Tuesday at 11:00 AM. Please give us a call if that time no longer works.

Thank you,
Front Desk
Willow & Wren Med Spa
"""),
    dict(subject="The photo you asked for",
         fmt="attach",
         attach="png",
         attach_name="IMG_4471.png",
         reason="attachment: image (clinical photo)",
         body="""Hi Yuki,

Here is the photo from today's visit so you can compare at home. Let me know if the file doesn't open.

Lena
"""),
    dict(subject="Documents from your visit",
         fmt="attach",
         attach="pdf",
         attach_name="results_2024-10-03.pdf",
         reason="attachment: PDF lab results",
         body="""Hello,

Please find your documents from your recent visit attached. You can also view them in the patient portal.

Crestview Skin & Wellness
"""),
    dict(subject="Calendar invite",
         fmt="attach",
         attach="ics",
         attach_name="invite.ics",
         reason="attachment: calendar invite (.ics, names procedure)",
         body="""Hi!

Adding this to your calendar so you don't forget. See you soon!

Bellamy Dermatology
"""),
    dict(subject="Thank you for completing your forms",
         fmt="plain",
         reason="patient name (directory)",
         body="""Dear Carla Benedetti,

Thank you for completing your new patient forms online. Everything came through and there's nothing else you need to do before your visit.

Parking is free in the lot behind the building.

Kind regards,
Front Desk Team
Bellamy Dermatology
412 Wabash Ave, Suite 200, Chicago IL 60605
(312) 555-0134
"""),
    dict(subject="Verifying your account",
         fmt="plain",
         reason="identifier: DOB",
         body="""Hi Erin,

Before we can link your old records from the previous practice, we need to verify a couple of details. Can you confirm the following is correct?

  Date of birth: 11/23/1979
  Phone: (617) 555-0102

If anything is wrong, just reply with the correction.

Thanks!
Records Team
"""),
    dict(subject="Financing application - action needed",
         fmt="b64",
         reason="identifier: SSN",
         body="""Hi Farrah,

Your patient financing application came back with an error because the Social Security number didn't match the credit bureau. What we have entered is:

  SSN: 618-22-4093

If that's wrong, please call me directly so we don't send it over email again.

Thank you,
Brooke Sandoval
Billing, Harbor Point Plastic Surgery
"""),
    dict(subject="Payment issue on your account",
         fmt="qp",
         reason="identifier: full payment card number",
         body="""Hi Vanessa,

Your autopay for the membership didn't go through this month. The card we have on file is:

  {CARD2}  exp 08/26

If you have a new card, you can update it in the portal or call us and we'll do it over the phone.

Thanks,
Billing
Willow & Wren Med Spa
"""),
    dict(subject="Aftercare: microneedling with PRP",
         fmt="alt",
         reason="procedure: microneedling with PRP aftercare",
         body="""Hi Courtney,

Thanks for coming in today! Here's your aftercare for microneedling with PRP:

Day 0-1: Leave the PRP on your skin for at least 4 hours, then rinse with lukewarm water only. Your skin will feel warm and look like a moderate sunburn.
Day 2-3: Gentle cleanser, the hyaluronic serum we gave you, and mineral SPF. Some pinpoint bleeding spots or mild swelling under the eyes is normal.
Day 4-7: Light flaking. Don't pick! Resume makeup after 48 hours.

Avoid retinoids, exfoliants, workouts and sweating for 72 hours.

Your next session is in 4-6 weeks.

Lena, Licensed Aesthetician
Luma Aesthetics
"""),
    dict(subject="Re: hot flashes",
         fmt="plain",
         reason="condition/treatment: menopause HRT",
         body="""Hi Monique,

So sorry you're dealing with that. Night sweats that wake you up 3-4 times a night are very common in perimenopause and definitely something we can help with.

Dr. Reyes would like to see you for a hormone consult. She usually recommends starting with a low dose estradiol patch plus progesterone at night, and we'd draw labs at the visit. We have openings next Tuesday at 9:20 or Thursday at 2:40.

> On Mon, Apr 8, 2024 at 7:12 PM Monique D. wrote:
> Hi, I'm 48 and having bad hot flashes and not sleeping. Is this something you guys treat?

Best,
Gina
Crestview Skin & Wellness
"""),
    dict(subject="Month 4 - isotretinoin",
         fmt="qp",
         reason="Rx: isotretinoin / iPLEDGE",
         body="""Hi Alyssa,

This is your monthly reminder for isotretinoin month 4:

1. Get your pregnancy test at Labcorp between the 3rd and the 9th.
2. Log in to iPLEDGE and answer your comprehension questions.
3. Dr. Okada will confirm you in the system after your visit on the 10th.

Keep using lip balm and eye drops, and remember no waxing or laser for the rest of the course.

Bellamy Dermatology
"""),
    dict(subject="Your treatment plan",
         fmt="alt",
         reason="treatment plan: rosacea (IPL + Rx)",
         body="""Hi Ingrid,

Following your visit, here's the plan Dr. Okada put together for your rosacea:

1. Ivermectin cream (Soolantra) once nightly.
2. Azelaic acid 15% gel every morning.
3. A series of 3 IPL photofacials, 4 weeks apart, starting once the flare calms down.
4. Avoid triggers: hot drinks, spicy food, alcohol and heat.

Our coordinator will reach out to schedule your first IPL.

Bellamy Dermatology
"""),
    dict(subject="Checking in after your surgery",
         fmt="plain",
         reason="procedure: gynecomastia surgery post-op",
         body="""Hi Trevor,

Just checking in 5 days after your gynecomastia surgery. How's the pain? Remember to keep the compression vest on 24/7 for the first 3 weeks except for showering.

If you see any firm, growing swelling on one side, call us right away - that can be a hematoma.

Your first post-op visit is Friday at 8:30. We'll take the drain out then if output is low enough.

Jess
Northshore Plastic Surgery
"""),
    dict(subject="Referral for acne scar treatment",
         fmt="qp",
         reason="condition acne scarring + procedures",
         body="""Hi Daniel,

Dr. Okada mentioned at your last appointment that you'd like to treat the rolling and boxcar scars on your cheeks. We'd recommend starting with subcision combined with fractional CO2 laser, then following up with two rounds of microneedling.

Downtime for the CO2 session is about 7 days. Once you pick a date I'll send over the consent forms.

Thanks!
Marisa
Bellamy Dermatology
"""),
    dict(subject="Recordatorio de su cita",
         fmt="plain",
         reason="product: Botox (Spanish-language message)",
         body="""Hola Lucia,

Le recordamos que su cita para Botox es el jueves 14 de marzo a las 4:00 PM.

Por favor no tome aspirina ni alcohol 24 horas antes para reducir los moretones.

Si necesita cambiar la cita, responda a este correo o llame al (305) 555-0171.

Gracias,
Luma Aesthetics
"""),
    dict(subject="Fwd: Your question about numbness",
         fmt="plain",
         reason="forwarded thread: post-op numbness after breast lift",
         body="""Hi Jasmine, forwarding Dr. Reyes' reply below!

---------- Forwarded message ---------
From: Dr. Marco Reyes
Date: Thu, Oct 10, 2024
Subject: Re: Your question about numbness

Numbness around the nipple and lower pole is very common after a breast lift and usually improves over 3-6 months as the nerves recover. Keep up the scar massage once the incisions are fully closed. If you notice any redness or warmth, let us know.

- MR

Harbor Point Plastic Surgery
"""),
    dict(subject="Portal access",
         fmt="alt_b64",
         reason="identifier: patient ID",
         body="""Hi Rachel,

Here's how to log in to the patient portal for the first time:

1. Go to portal.crestviewskin.com
2. Click "First time user"
3. Enter your Patient ID: CSW-0045821 and your last name

Let us know if you have any trouble!

Crestview Skin & Wellness
"""),
    dict(subject="Your upcoming visit",
         fmt="html_only",
         reason="email: PHI only in HTML (zero-width-split Restylane + visible in HTML, plain says generic)",
         body="""Hi,

Your visit is confirmed for Friday at 10:00 AM. Please view this message in HTML for your prep details.

Willow & Wren Med Spa
""",
         html="""<html><body style="font-family:Georgia,serif">
<p>Hi,</p>
<p>Your visit is confirmed for <strong>Friday at 10:00 AM</strong>.</p>
<p>Prep for your Rest\u200bylane appointment: skip fish oil, ibuprofen and alcohol for 48 hours so we can keep bruising to a minimum.</p>
<p>Willow &amp; Wren Med Spa</p>
</body></html>"""),
    dict(subject="Tu cita de Botox ma\u00f1ana \u2014 confirmaci\u00f3n",
         fmt="subject_only", b64_subject=True,
         reason="email: PHI only in (RFC 2047 base64-encoded) Subject",
         body="""Hola,

Le confirmamos su cita para ma\u00f1ana a las 11:00 AM. Si necesita cambiarla, por favor llame a la oficina.

Gracias,
Recepci\u00f3n
"""),
    dict(subject="Ready when you are",
         fmt="html_only",
         reason="email: PHI only in HTML (white-on-white text naming Ozempic)",
         body="""Hi Andre,

Your order is ready for pickup at the front desk. We're open 9-5 Monday through Friday.

Thanks!
Luma Aesthetics
""",
         html="""<html><body>
<p>Hi Andre,</p>
<p>Your order is ready for pickup at the front desk. We're open 9-5 Monday through Friday.</p>
<p style="color:#ffffff;font-size:1px">Ozempic 1mg pen x2 - keep refrigerated</p>
<p>Thanks!<br>Luma Aesthetics</p>
</body></html>"""),
    dict(subject="Photos for your file",
         fmt="attach",
         attach="jpg",
         attach_name="before_after_left.jpg",
         reason="attachment: before/after image",
         body="""Hi Kendra,

Attached is your before & after comparison from today. You look amazing!

Lena
Luma Aesthetics
"""),
    dict(subject="Consent form to sign",
         fmt="attach",
         attach="pdf",
         attach_name="consent.pdf",
         reason="attachment: consent form PDF",
         body="""Hi,

Please review and sign the attached consent before your visit, or we can do it in the office.

Front Desk
"""),
    dict(subject="Aftercare for your chemical peel",
         fmt="b64",
         reason="procedure: chemical peel (VI Peel) aftercare",
         body="""Hi Megan,

Your VI Peel is on! Leave it on tonight and wash it off tomorrow evening (about 4 hours after your first towelette), then start the post-peel kit.

Expect peeling from day 3 to day 7. Please don't pick or pull - let it come off on its own. Use the 1% hydrocortisone if you get itchy.

Avoid the sun and sweaty workouts for a week.

Luma Aesthetics
"""),
    dict(subject="Before your CoolSculpting Elite session ❄️",
         fmt="alt_qp", b64_subject=True,
         reason="device: CoolSculpting Elite",
         body="""Hi Tamara,

Your CoolSculpting Elite session for the abdomen and flanks is Saturday at 9:00 AM and will take about 2 hours. Bring a book or your laptop - we have wifi.

Afterwards the area may feel numb, tingly or sore for a few weeks. Some patients get delayed "late onset pain" around day 3-5; Tylenol and a compression garment help.

See you Saturday!
Willow & Wren Med Spa
"""),
    dict(subject="Re: Ozempic pen question",
         fmt="subject_only",
         reason="email: PHI only in Subject (Ozempic)",
         body="""Hi,

Yes, you can keep it out of the fridge for up to 56 days once opened. Let us know if you have any other questions!

Gina
"""),
    dict(subject="Your appointment details",
         fmt="html_only",
         reason="email: PHI only in HTML (HTML-only paragraph naming Emsculpt; plain part omits it)",
         body="""Hello,

Thank you for booking with us! Your appointment is on Tuesday at 5:15 PM.

Luma Aesthetics
""",
         html="""<html><body style="font-family:Helvetica,sans-serif">
<p>Hello,</p>
<p>Thank you for booking with us! Your appointment is on <b>Tuesday at 5:15 PM</b>.</p>
<table role="presentation" style="border:1px solid #eee;padding:8px"><tr><td>Service</td><td>Emsculpt NEO - abdomen (session 2 of 4)</td></tr></table>
<p>Luma Aesthetics</p>
</body></html>"""),
]
