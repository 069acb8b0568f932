# Hand-written paragraphs for long emails (clean, near-miss vocabulary)
PARAS = [
"""PARKING & ARRIVAL
Our building has a new parking structure on the north side. Take the lift to Level 2 and follow the teal signs to Suite 240. If the garage is full, overflow parking is available at 1190 Cedar Ave (two-minute walk). Please allow an extra 10 minutes during the construction period so you're not rushed.""",
"""CANCELLATION POLICY
We understand life happens. We ask for at least 24 hours' notice if you need to cancel or reschedule. Cancellations with less than 24 hours' notice are subject to a $50 fee, and no-shows are charged $75. Fees are applied to the card on file. Repeated late cancellations may require a deposit to book future visits.""",
"""PAYMENT OPTIONS
We accept Visa, Mastercard, American Express, Discover, HSA/FSA cards, Apple Pay, and cash. Payment is due at the time of service. Financing is available for purchases over $500 through our third-party partner; applying takes about 5 minutes and will not affect your credit score for the prequalification step.""",
"""YOUR PRIVACY
We take your privacy seriously. Our Notice of Privacy Practices explains how we protect your information and your rights under HIPAA. A copy is available at the front desk and on our website. We never sell your information, and we will never ask you to confirm your full card number by email or text.""",
"""MEET OUR NEW TEAM MEMBER
Please welcome Jordan Pike to the front desk! Jordan comes to us from the hospitality world, where she spent six years managing a boutique hotel. Outside of work, she is training for her first half marathon and has strong opinions about the best taco truck in town (ask her!).""",
"""COMMUNITY CORNER
This spring our team volunteered at the Riverside food bank and collected 412 pounds of canned goods. Thank you to everyone who dropped off donations in the bin by the door! Next up: a coat drive in October. Gently used coats of all sizes are welcome.""",
"""TIPS FOR A SMOOTH VISIT
Fill out forms online before you arrive. Bring a photo ID and, if applicable, your insurance card. Let us know about any changes to your contact information. If you are running late, text us at 555-203-7781 so we can adjust the schedule for you and everyone after you.""",
"""GIFT CARDS
Gift cards are available in any amount from $25 and never expire. Purchase them at the front desk or online. E-gift cards are delivered instantly by email, and physical cards come in a linen envelope with a handwritten note. Lost your card? We can look up the balance with your receipt number.""",
"""REFERRAL PROGRAM
Love your experience? Refer a friend! When your friend completes their first visit, you'll both receive a $50 credit. There's no limit to how many friends you can refer. Just make sure they mention your name when booking, or share your personal referral code from the portal.""",
"""HOLIDAY HOURS
Thanksgiving: closed Thursday and Friday. December 24: 9 AM – 1 PM. December 25: closed. December 31: 9 AM – 1 PM. January 1: closed. Online booking remains open throughout the holidays and our team will respond to portal messages within one business day.""",
"""FROM THE BOOKSHELF
Our practice manager just finished "The Midnight Library" and can't stop talking about it. Our lobby lending library has a new shelf of paperbacks — take one, leave one! We also have a small kids' corner with picture books and a box of crayons for little visitors.""",
"""OUR NEW COFFEE BAR
Thanks to your feedback, the lobby now has a self-serve coffee bar with a pour-over station, a drip brewer, herbal teas and oat milk. The cold brew tap is coming next month. Mugs are compostable, and the grounds go to the community garden on 5th Street.""",
"""TECH CORNER: THE NEW PORTAL
You can now view invoices, update your contact details, sign forms and message the front desk in one place. The app is available for iOS and Android. If you had an account on the old portal, use the "Forgot password" link to set up your new login. Your confirmation codes and appointment history have been migrated.""",
"""A NOTE ON PHONE CALLS
Our phone lines are busiest between 9 and 11 AM. For the fastest response, text us or message through the portal. We reply to all messages within one business day, and usually within a few hours. Voicemails left after 5 PM are returned the next morning.""",
"""SUMMER SAFETY REMINDER
Summer is here! Stay hydrated, take breaks in the shade, and check on elderly neighbors during heat waves. The city's cooling centers open when temperatures exceed 95°F — the closest one to our office is the library at 200 Main St.""",
"""STAFF SPOTLIGHT
This month's spotlight is on Rosa, who has been with us for nine years! Rosa keeps our schedule running like clockwork, remembers everyone's kids' names, and makes a legendary lemon bar for the staff potluck. Thank you, Rosa, for everything you do.""",
"""ACCESSIBILITY
Our office is fully wheelchair accessible. The main entrance has an automatic door and the elevator is just past the lobby. If you need any accommodation — a sign language interpreter, large-print forms, or extra time — let us know when you book and we'll be happy to arrange it.""",
"""LATE ARRIVALS
If you arrive more than 15 minutes late, we may need to shorten your appointment or reschedule so that we can stay on time for the next guest. We'll always do our best to accommodate you, and we appreciate your understanding.""",
"""MINORS
Patients under 18 must be accompanied by a parent or legal guardian at the first visit, and a consent form must be on file. Siblings are welcome in the waiting room but must be supervised by an adult at all times.""",
"""FRAGRANCE-FREE OFFICE
To keep the office comfortable for everyone, we ask that guests and staff avoid strong perfumes and colognes. Thank you for helping us create a calm, welcoming environment.""",
"""FROM THE KITCHEN: LEMON BARS
By popular demand, here's Rosa's recipe! Crust: 1 cup butter, 2 cups flour, 1/2 cup powdered sugar. Filling: 4 eggs, 1 1/2 cups sugar, 1/4 cup flour, 2/3 cup lemon juice. Bake the crust 20 minutes at 350°F, pour in the filling and bake 20 more. Dust with powdered sugar, then let it cool before you lift the bars out of the pan.""",
"""DIY: PEEL-AND-STICK WALLPAPER
Our lobby makeover used peel-and-stick wallpaper, and many of you asked about it! The pattern is "Palm Grove" in sage. Tip from our handyman: start at the center of the wall, smooth out bubbles with a credit card, and use a gap filler along the baseboard for a clean edge.""",
"""LOYALTY POINTS
Members earn 1 point for every dollar spent on services and retail. 500 points = $25 off. Points post within 48 hours of your visit and expire after 12 months of inactivity. Check your balance anytime in the portal under \"Rewards.\"""",
"""SPRING CLEANING DRIVE
We're collecting gently used towels and blankets for the animal shelter on Birch Road. Drop them in the bin by the door through April 30. Last year our community donated 300 towels — let's beat that!""",
"""EMAIL PREFERENCES
You're receiving this newsletter because you opted in at your last visit. You can change how often you hear from us, or unsubscribe at any time, using the links at the bottom of this email. Appointment reminders will still be sent by text unless you opt out of those separately.""",
"""FORMS & PAPERWORK
All new guests receive an intake packet by email 48 hours before the first visit. It takes about 10 minutes. Returning guests only need to update forms once a year, or sooner if your address, phone, or emergency contact changes.""",
"""WORKSHOP: SMALL-BUSINESS MARKETING (FOR OUR LOCAL PARTNERS)
Our marketing director is hosting a free lunch-and-learn on social media for neighboring small businesses. We'll cover content calendars, avoiding filler posts, and how to write captions people actually read. Thursday, 12–1 PM, conference room B. Sandwiches provided.""",
"""THE STUDIO REMODEL
Our treatment rooms are getting a refresh! New flooring, softer lighting, heated blankets and ceiling speakers so you can choose your own playlist. Rooms 3 and 4 will be closed March 4–15, so a few appointments may be moved to our Elm Street location. We'll reach out if yours is affected.""",
"""THANK YOU
To everyone who voted for us in the "Best of the Valley" readers' poll: we won gold for the third year in a row! We couldn't do it without you. Stop by for a cupcake the week of the 20th.""",
]

# Hand-written buried PHI sentences (inserted in the middle of long emails)
BURIED = [
("REMINDER FOR YOUR FOLLOW-UP\nSince your Botox was on the 3rd, your complimentary 2-week touch-up check is due this week. Reply to book a 15-minute slot.", "buried Botox touch-up"),
("YOUR NEXT STEP\nDr. Patel noted in your consult that you were a good candidate for upper blepharoplasty. Our surgical coordinator can hold a date for you once you've reviewed the quote.", "buried blepharoplasty consult note"),
("A PERSONAL NOTE\nWe hope your recovery from last month's tummy tuck is going well, and that the compression garment is finally off!", "buried tummy tuck recovery"),
("MEMBER PRICING FOR YOU\nBecause you're on our semaglutide program, your monthly check-in fee drops to $49 starting next month.", "buried semaglutide program"),
("FROM YOUR PROVIDER\nKeep using the tretinoin 0.05% every other night and let us know if the dryness around your nose gets worse.", "buried tretinoin instruction"),
("YOUR SERIES\nYou have 2 of 4 microneedling sessions remaining in your package. They expire 12/31.", "buried microneedling package"),
("A QUICK NOTE\nYour lab results from 3/12 are back and your A1c and thyroid panel look normal — Dr. Lee will discuss the next Mounjaro dose at your visit.", "buried lab results + Mounjaro"),
("REMINDER\nPlease bring your list of medications, including the isotretinoin, to your next visit so we can update your chart.", "buried isotretinoin"),
("FOR YOUR RECORDS\nMRN: 004471928. Please use this number when calling the billing line.", "buried MRN"),
("INSURANCE\nWe have your insurance on file as Cigna, member ID U7742193801. If this has changed, please upload a new card.", "buried member ID"),
("YOUR CHECK-IN\nFor identity verification at the kiosk, we'll ask for your date of birth — ours shows DOB 07/30/1988.", "buried DOB"),
("SCHEDULED FOR YOU\nYour CoolSculpting Elite follow-up photos are booked for Tuesday, 10/8 at 10:00 AM.", "buried CoolSculpting photos"),
("FROM NURSE JULIE\nSo glad the bruising from your lip fil-ler is gone! Let's plan the second syringe for spring.", "buried hyphenated lip filler"),
("YOUR RESULTS\nYour before-and-after photos from the Morpheus8 series are ready to view in the portal.", "buried before/after + Morpheus8"),
("FOLLOW-UP\nThe rash on your neck should settle with the hydrocortisone; if it isn't better in 10 days, please come in.", "buried rash + hydrocortisone"),
("YOUR TREATMENT\nYour next IPL photofacial for the sun damage on your chest is due in 4 weeks.", "buried IPL photofacial"),
("OUR RECOMMENDATION FOR YOU\nDr. Alvarez recommends adding a Dysport 'baby tox' session to your next facial visit.", "buried Dysport"),
("BILLING\nWe charged the full card we have on file, 4716 0892 3345 7712, for the deposit. Please call if you see a duplicate charge.", "buried full card number"),
("PERSONAL REMINDER\nYour testosterone injection is due every 7 days — your next is Friday. Don't forget the sharps container.", "buried testosterone injection"),
("UPDATE FROM DR. REYES\nThe melasma on your upper lip is responding well to the Cysteamine cream. Keep going!", "buried melasma treatment"),
("YOUR UPCOMING PROCEDURE\nThe pre-op call for your breast lift with implants will be Thursday around 4 PM.", "buried breast lift pre-op"),
("SUTURE CHECK\nYour stitches from the mole removal can come out Monday; it's a 5-minute visit.", "buried suture removal"),
("A NOTE FROM BRI\nthe j-u-v-e-d-e-r-m voluma you asked about is back in stock, 2 syringes on hold for you until Friday.", "buried hyphen-split Juvederm Voluma"),
("SPECIAL FOR YOU\nAs a Kybella patient, you can add a third session at 25% off through the end of the month.", "buried Kybella"),
("YOUR HAIR PROGRAM\nYour finasteride refill was sent to the pharmacy on 5/2; the next PRP session is in June.", "buried finasteride + PRP"),
("RECOVERY CHECK\nThree weeks after your liposuction, lymphatic massage twice a week is still recommended.", "buried liposuction recovery"),
("HORMONE UPDATE\nYour estradiol pellet was placed 3/14; symptoms usually return around 3–4 months, so plan to book in June.", "buried hormone pellet"),
("IMPORTANT FOR YOUR NEXT VISIT\nPlease start the valacyclovir 2 days before your laser resurfacing, as discussed.", "buried valacyclovir + laser resurfacing"),
("FROM YOUR INJECTOR\nLooks like the RHA Redensity under your eyes settled nicely, see you for your 6-month refresh!", "buried RHA filler"),
("SPA NOTE\nYour Daxxify lasted 6 months this time — nice! We'll book your next at the 5-month mark.", "buried Daxxify"),
("CHART UPDATE\nPatient ID 88-1120-473 has been linked to your new portal account.", "buried patient ID"),
("YOUR QUESTION FROM LAST WEEK\nYes, it's safe to fly 2 weeks after your rhinoplasty, just keep the cast dry until then.", "buried rhinoplasty"),
("DOSE REMINDER\nYou're moving from 2.5 to 5 mg of Zepbound this week. Mild nausea is common for a few days.", "buried Zepbound dose"),
("THE GYNO FOLLOW-UP\nJason, your 6-week check after the chest reduction (gynecomastia) is Monday at 8.", "buried gynecomastia follow-up"),
("A QUICK RESULTS NOTE\nThe culture from your acne cyst grew normal skin flora only — no antibiotic change needed.", "buried acne culture result"),
]
