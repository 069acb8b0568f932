# -*- coding: utf-8 -*-
# Individually hand-written CLEAN messages. Second element = note (hard-negative tag or "").

CLEAN_SMS = [
    ("Hi! Reminder that your appointment is tomorrow, Tuesday at 3:00 PM. Reply C to confirm or R to reschedule.", ""),
    ("Our office will be closed Monday 5/27 for Memorial Day. We'll reopen Tuesday at 8am. Have a great long weekend!", "holiday date"),
    ("Parking tip: the garage on Elm St validates for 2 hours - just bring your ticket to the front desk.", ""),
    ("Heads up, the lift by the lobby is out for repairs today. Please use the east stairwell or call us and we'll come down to meet you.", "hard-negative: 'lift' = elevator, near appointment logistics"),
    ("Thanks for your payment of $150.00! Receipt #48213 was emailed to you. Visa ending in 4242.", "last-4 only"),
    ("Hi Sarah, it's Jess from the front desk - you left your sunglasses here yesterday! We'll hold them at reception for you.", "first name only"),
    ("Snow day! \u2744\ufe0f We're closing at 1pm today because of the storm. If you had an afternoon appointment we'll call you to reschedule.", "weather"),
    ("How did we do? Take our 2-minute survey: https://survey.lumaaesthetics.com/s/8KQ2 - thank you for the feedback!", "survey"),
    ("Meet Nicole, our new patient coordinator! She'll be helping with scheduling starting Monday, so you may hear from her soon \U0001F44B", "staff intro"),
    ("Your gift card balance is $75.00 (card GC-20931). Let us know if you need anything else!", "gift card"),
    ("Hi! We got your voicemail - call us back at (555) 201-3390 whenever you get a chance. Thanks!", "phone number"),
    ("Just a reminder to fill out your new patient paperwork before Thursday - the link is in your email. Takes about 10 min.", ""),
    ("Happy Birthday from all of us at Willow & Wren! \U0001F382 Stop by this month for a little gift on us.", "hard-negative: 'birthday' with no date"),
    ("We're moving! Starting June 1 our new address is 4410 Harbor Blvd, Suite 210, Newport Beach CA 92660. Same phone number!", "address"),
    ("Running about 15 min behind today, so sorry! Feel free to come at 2:45 instead of 2:30.", ""),
    ("Your order #100482 has shipped! Track it at ups.com with 1Z84F2W90345672218. Thanks for shopping with us.", "order/tracking number"),
    ("Hey Maya! The form filler on our website was auto-filling the wrong state - if you got an error, please try again, it's fixed now.", "hard-negative: 'form filler'"),
    ("Thanks for the orange peel tip for the diffuser lol, the whole office smells amazing now \U0001F34A", "hard-negative: 'orange peel'"),
    ("Reminder: please arrive 10 min early to check in. See you Wednesday at 11:30!", ""),
    ("We're giving our website a face lift this week! If anything looks broken, give us a call at 555-0199 - you can always book by phone.", "hard-negative: 'face lift' of website"),
    ("Hi Claire, your appointment on 6/14 at 9:00 AM with Dr. Choi is confirmed. Reply STOP to opt out of texts.", "appointment date, provider name"),
    ("Invoice INV-2024-0412 (dated 04/12/2024) shows a $0.00 balance - your prepaid credit covered it. No action needed!", "invoice date / number"),
    ("Our fall open house is Oct 17, 5-8pm! Bubbly, bites, raffle prizes and a chance to meet the whole team. RSVP by replying YES.", "event marketing"),
    ("We're hiring! Know a great front desk pro? Send them our way - $200 referral bonus if they're hired.", ""),
    ("The drip coffee place next door opens at 7 if you want to grab a cup before your 7:30 \U0001F604", "hard-negative: 'drip' = coffee, near appointment"),
    ("FYI the lift gate at the parking lot entrance is stuck open today - just drive right in, no ticket needed.", "hard-negative: 'lift gate'"),
    ("Your refund of $35.00 was processed today and should post in 5-7 business days. Ref #RF-7721.", "refund number"),
    ("Thanks for the referral, Amanda! Your friend mentioned you, so a $25 credit has been added to your account.", "first name only"),
    ("Quick question - do you prefer texts or emails for reminders going forward?", ""),
    ("Our phones are down this morning \U0001F629 Please text this number or email hello@bellamyderm.com and we'll get right back to you.", "email address"),
    ("Appt confirmed: Fri Mar 8, 10:15am. 1200 Pacific Ave Ste 3, Tacoma WA 98402. Free street parking after 10.", "address + appt date"),
    ("Hi Grace, we got your message and the office manager will call you by end of day.", "first name only"),
    ("Please bring a photo ID and your insurance card to your first visit. Thank you!", ""),
    ("Hey! Your package is ready for pickup at the front desk anytime M-F 9-5.", ""),
    ("Happy Thanksgiving! \U0001F983 We're closed Thursday and Friday and back Monday. Grateful for you!", "holiday"),
    ("The peel-off sticker on your parking pass goes on the inside of the windshield, lower left corner. Thanks!", "hard-negative: 'peel-off' sticker"),
    ("Our laser printer died so we couldn't print your receipt - we've emailed it to you instead!", "hard-negative: 'laser' printer"),
    ("No worries at all! Just text us when you're ready to rebook.", ""),
    ("Hi Rebecca! Dr. Patel is out of the office 7/1-7/8. Would you like to see Dr. Choi instead or wait until she's back?", "dates not DOB"),
    ("Your online booking confirmation code is 7XKQ2P. Show it at check-in for faster service.", "confirmation code"),
    ("Reminder: your membership renews on the 1st for $99/mo. Reply here with any questions.", ""),
    ("The wifi password in our waiting room is Glow2024! Enjoy \U0001F60A", ""),
    ("It was so nice meeting you today! Let us know if you have any questions at all.", ""),
    ("Heads up: we no longer accept checks. Card, cash, Apple Pay or financing are all fine!", ""),
    ("Construction on 5th Ave this week - please use the Pine St entrance to our building.", ""),
    ("Hi Paige, your $100 deposit is fully refundable up to 48 hrs before your appointment. Thanks!", "first name only"),
    ("Thanks for stopping by our booth at the Bridal Expo! Here's the link to join our mailing list: lumaaesthetics.com/join", ""),
    ("Black Friday gift card sale: buy $200, get a $50 bonus card. In store and online, Friday only!", "marketing, no procedure"),
    ("Power outage on our block \U0001F62C We're rescheduling everyone before noon and will text you a new time shortly.", ""),
    ("Don't forget - we moved to Suite 410 on the 4th floor, left off the elevator.", ""),
    ("Congrats on the new puppy!! Bring pics next time \U0001F436", "chit-chat"),
    ("Sorry we missed you today! Please call to reschedule. Just a heads up, there's a $50 fee after 2 missed visits.", ""),
    ("Your statement dated 09/30/2024 is ready to view in the patient portal.", "statement date"),
    ("Your card on file ending in 1881 expires next month - you can update it in the portal when you get a sec.", "last-4 only"),
    ("Hi! This is a test message from our new texting system. No need to reply \U0001F642", ""),
    ("We'll be at the Saturday farmers market - come say hi and grab a free tote!", ""),
    ("Kevin, thank you for the 5-star review!! You made our whole week.", "first name only"),
    ("Holiday hours: Dec 24 close at 2pm, Dec 25-26 closed, Dec 31 close at 3pm. Happy holidays!", "holiday dates"),
    ("Reply 1 for mornings or 2 for afternoons and we'll find you a slot next week.", ""),
    ("Sorry about the filler text in yesterday's newsletter - the 'lorem ipsum' was a template glitch! Here's the correct link: lumaaesthetics.com/news", "hard-negative: 'filler text' (placeholder)"),
    ("You won the raffle basket!! \U0001F389 Pick it up anytime this week at the front desk.", ""),
    ("Please consult the map in your confirmation email - our entrance is on the back side of the building, next to the bakery.", "hard-negative: 'consult' = look at map"),
    ("Recordatorio: su cita es el martes a las 3:00 pm. Responda C para confirmar o R para cambiarla.", "Spanish appointment reminder"),
    ("Jenna Wick, your appointment is confirmed for Wednesday at 10am. See you then!", "full name NOT in directory"),
    ("Our ski trip raffle winner gets 2 lift tickets to Crystal Mountain - drawing is Friday!", "hard-negative: 'lift tickets'"),
    ("Thanks! Got your new mailing address, it's updated in our system.", ""),
    ("Heads up: we're closed Aug 5-9 for our summer staff vacation. Book your next visit before or after!", "closure dates"),
    ("Hi Dana! Just confirming we have you down for Tuesday at 4. Text back if anything changes.", "first name only (matches a directory first name)"),
    ("Your Lyft code for Thursday's ride is LUMARIDE10 - it covers up to $15 each way.", "hard-negative: Lyft"),
    ("Hey Chloe, the office is super chilly today so bring a sweater lol \U0001F976", "chit-chat"),
    ("Rescheduling is easy: reply with 2-3 days/times that work and we'll send a new confirmation.", ""),
    ("Thanks for joining our VIP rewards program! You earned 250 points today. 1,000 points = $50 off.", "loyalty points"),
    ("Our building's fire alarm test is Wednesday 10-10:30am. Sorry in advance for the noise if you're here then!", ""),
    ("Hi! Your new patient welcome packet is on its way by mail. Expect it in 3-5 days.", ""),
    ("We're closed today for a staff training day. Back tomorrow at 8am!", ""),
    ("Please remember our practice is fragrance-free - thank you for helping keep the air clean for everyone!", ""),
    ("Hey Victoria! The earrings you left in the restroom are safe with us \U0001F48E", "first name only"),
    ("Thanks for your patience while our online booking was down. Everything's back up now!", ""),
    ("Reminder: our parking lot is being re-striped Saturday, so please park on the street.", ""),
    ("Happy New Year from the team! \U0001F942 We're open regular hours starting Jan 2.", "holiday"),
    ("Your receipt for the candle and tote bag ($48.60) was sent to your email. Order #A-55120.", "boutique order"),
    ("Quick reminder your check-in form needs an emergency contact - you can add it at the front desk.", ""),
    ("Good morning! Traffic on I-5 is really bad today, leave a few extra minutes if you're coming in \U0001F697", ""),
    ("The car lift at the auto shop next door is noisy on Tuesdays - sorry in advance, we're working on it with the landlord!", "hard-negative: 'car lift'"),
    ("Thanks for donating to our coat drive! We collected 140 coats this year \u2764\ufe0f", ""),
]

CLEAN_EMAILS = [
    dict(subject="Appointment confirmation - Thursday, May 16 at 2:30 PM", fmt="alt",
         note="appointment date; address/phone in signature",
         body="""Hi Hannah,

This is a confirmation of your appointment:

  Date: Thursday, May 16
  Time: 2:30 PM
  Location: Bellamy Dermatology, 412 Wabash Ave, Suite 200, Chicago IL 60605

Please arrive 10 minutes early to check in. If you need to cancel or reschedule, please give us at least 24 hours' notice.

See you soon!

Front Desk Team
Bellamy Dermatology
(312) 555-0134 | bellamyderm.com
"""),
    dict(subject="Holiday closure", fmt="plain", note="holiday dates",
         body="""Hello,

Our office will be closed Thursday, July 4 for Independence Day. We will reopen Friday, July 5 at 8:00 AM.

If you need to reach us while we're closed, please leave a voicemail or send a message through the portal and we'll get back to you first thing Friday.

Have a safe and happy holiday!

Luma Aesthetics
"""),
    dict(subject="Your payment receipt", fmt="qp", note="receipt number, last-4 only, invoice date",
         body="""Hi Claire,

Thank you for your payment. Here are the details for your records:

  Receipt #: 2024-88731
  Invoice date: 02/19/2024
  Amount paid: $285.00
  Payment method: Mastercard ending in 7710
  Balance remaining: $0.00

If you have any questions about your statement, please contact our billing office at (207) 555-0125, Monday-Friday 9am-4pm.

Willow & Wren Med Spa
88 Linden St, Portland ME 04101
"""),
    dict(subject="How was your visit?", fmt="alt", note="survey",
         body="""Hi Emily,

Thank you for visiting us last week! We'd love to hear how it went. Our survey takes about two minutes, and every response is read by our practice manager.

Take the survey: https://survey.northshoreps.com/r/4QZ9

As a thank-you, everyone who completes the survey this month is entered to win a $100 gift card.

Warmly,
The Northshore Team
"""),
    dict(subject="Meet our newest team member!", fmt="alt_b64", note="staff intro newsletter",
         body="""Hello friends,

We're thrilled to introduce Brianna Cole, our new front desk lead! Brianna comes to us from ten years in hospitality, and she's already reorganized our check-in process so you'll spend less time on clipboards and more time on your day.

A few fun facts about Brianna:
- She's run three marathons (and one very slow half).
- Her dog Pickles occasionally visits the office on Fridays.
- She makes a mean banana bread.

Stop by and say hello next time you're in!

Luma Aesthetics
"""),
    dict(subject="Directions & parking for your visit", fmt="plain", note="address, parking",
         body="""Hi Nicole,

Here's everything you need to find us:

Address: 1200 Pacific Ave, Suite 3, Tacoma, WA 98402

Parking: The easiest option is the Pacific Plaza garage on 12th St. We validate up to 2 hours - just bring your ticket to the front desk. Street parking is free after 6pm and on Sundays.

Transit: The Link light rail stops at Commerce St, about a 3-minute walk.

Once you're in the building, take the elevator to the 3rd floor and turn right.

See you soon!
Jess, Front Desk
"""),
    dict(subject="Please complete your new patient forms", fmt="qp", note="",
         body="""Hi Julia,

Welcome! To save time at your first appointment, please complete your new patient forms online before you arrive:

https://forms.crestviewskin.com/welcome?ref=NP

You'll need your photo ID, insurance card (if applicable), and a list of any medications you take. The forms take about 10-15 minutes.

Thank you!
Crestview Skin & Wellness
"""),
    dict(subject="Our website got a face lift!", fmt="alt", note="hard-negative: 'face lift' of website",
         body="""Hi there,

We've given our website a face lift! You can now:

- Book and reschedule appointments online 24/7
- Pay your balance in a few clicks
- Update your contact information

Everything you had saved in your account carries over. If you notice anything that looks off, reply to this email and our office manager will take a look.

Thanks for your patience while we worked on it!

Harbor Point
(619) 555-0177
"""),
    dict(subject="Your gift card is here \U0001F381", fmt="alt_qp", note="gift card code",
         body="""Hi Ashley,

Thank you for your purchase! Your digital gift card details are below.

  Gift card code: WWMS-4471-GIFT
  Amount: $150.00
  To: Melissa
  Message: Happy birthday, you deserve some pampering!

Gift cards never expire and can be used toward any service or product in our boutique.

Willow & Wren Med Spa
"""),
    dict(subject="Update to our cancellation policy", fmt="plain", note="",
         body="""Dear valued patients,

Starting March 1, we're updating our cancellation policy. Appointments canceled with less than 24 hours' notice will be charged a $50 fee, and no-shows will be charged $75.

We know life happens! If you're sick or have an emergency, just give us a call and we'll work with you.

Thank you for helping us keep our schedule running smoothly for everyone.

Sincerely,
The Bellamy Dermatology Team
"""),
    dict(subject="You're invited: Spring Open House \U0001F337", fmt="alt_b64", note="event marketing, no procedure",
         body="""Hi friend,

Join us for our Spring Open House on Thursday, April 25 from 5 to 8 PM!

- Light bites and mocktails
- Raffle prizes (including a $250 gift card!)
- Meet our providers and staff
- Tour our newly renovated space

RSVP by replying to this email. Bring a friend!

Luma Aesthetics
1200 Pacific Ave, Suite 3, Tacoma WA 98402
"""),
    dict(subject="Thanks for the referral!", fmt="plain", note="",
         body="""Hi Victoria,

Your friend Paige mentioned you sent her our way - thank you! We've added a $50 credit to your account as a thank-you. It will automatically apply at your next visit.

We really appreciate you spreading the word.

Tori
Patient Coordinator
"""),
    dict(subject="Office closed today due to weather", fmt="plain", note="weather",
         body="""Good morning,

Due to the ice storm and road conditions, our office is closed today, Tuesday, January 16. Our team will be calling everyone who had an appointment today to reschedule.

Please stay safe and warm!

Crestview Skin & Wellness
"""),
    dict(subject="Reset your portal password", fmt="alt", note="password reset link",
         body="""Hi,

We received a request to reset the password for your patient portal account. Click the link below to choose a new password. This link expires in 30 minutes.

https://portal.northshoreps.com/reset?t=8f2c1a9e77

If you didn't request this, you can safely ignore this email.

Northshore Patient Portal
"""),
    dict(subject="Your statement is ready", fmt="b64", note="statement date, account number? no",
         body="""Hello,

Your statement dated October 31, 2024 is now available in the patient portal. Current balance: $120.00, due November 30.

You can pay online, by phone at (312) 555-0134, or at your next visit.

Billing Office
Bellamy Dermatology
"""),
    dict(subject="Time to update your insurance info", fmt="qp", note="mentions insurance card without ID",
         body="""Hi Kimberly,

It's a new year, which means many insurance plans have changed! Please log in to the portal and upload a photo of the front and back of your current insurance card before your next visit. If nothing changed, you can just reply "no changes" to this email.

Thanks for helping us keep your account up to date.

Front Desk
"""),
    dict(subject="Join us at the Heart Walk!", fmt="alt", note="community event",
         body="""Hi everyone,

Our team is walking in the Pierce County Heart Walk on Saturday, September 21, and we'd love for you to join us! Registration is free, and we'll have matching team t-shirts for the first 30 people who sign up.

Sign up: heartwalk.org/team/luma

Luma Aesthetics
"""),
    dict(subject="Recordatorio de cita — viernes", fmt="plain", b64_subject=True, note="Spanish appointment reminder",
         body="""Hola Maya,

Le recordamos que tiene una cita el viernes 22 de marzo a las 10:00 AM en nuestra oficina de 412 Wabash Ave, Suite 200.

Por favor llegue 10 minutos antes. Si necesita cambiar la cita, llame al (312) 555-0134.

Gracias,
Bellamy Dermatology
"""),
    dict(subject="Thank you!", fmt="plain", note="",
         body="""Hi Grace,

Thank you for visiting us today. It was a pleasure to meet you! If anything comes up, don't hesitate to reach out - we're always happy to help.

Have a wonderful weekend.

Dr. Helen Choi and team
"""),
    dict(subject="Re: parking and hours", fmt="plain", note="quoted thread, clean",
         body="""Hi Lindsey,

Great questions! We're open Monday-Thursday 8-6, Friday 8-3, and the first Saturday of each month 9-1. The lot behind our building is free for patients (spots marked "Harbor Point").

> On Tue, Feb 6, 2024 at 9:03 AM Lindsey F. wrote:
> Hi! What are your hours and is there parking? Thanks!

Best,
Tori
Harbor Point
"""),
    dict(subject="News from the team - March edition", fmt="alt_qp", note="newsletter without procedures",
         body="""Hello and happy spring!

Here's what's new around the office:

ANNIVERSARY: We turned 10 this month! Thank you for a decade of support.

BOOK CLUB: Our staff book club is reading "Lessons in Chemistry." Patients are welcome to join us on the last Wednesday of the month at 6 PM.

COMMUNITY: We collected 212 pounds of food for the Tacoma Food Bank in February.

REMINDER: Daylight saving time starts March 10 - don't be late for your appointment!

See you soon,
Luma Aesthetics
"""),
    dict(subject="Your boutique order #A-10382", fmt="alt", note="order number; boutique items non-clinical",
         body="""Hi Rebecca,

Thanks for your order! Here's your receipt:

  1 x Lavender soy candle ............ $28.00
  1 x Canvas tote bag ................ $18.00
  1 x Gift wrap ...................... $4.00
  Subtotal ........................... $50.00
  Tax ................................ $4.13
  Total .............................. $54.13

Paid with Amex ending in 1005. Your order will be ready for pickup tomorrow after noon.

Willow & Wren Boutique
"""),
    dict(subject="Sorry about that form error", fmt="plain", note="hard-negative: 'form filler'",
         body="""Hi Amanda,

Thanks for letting us know about the problem with our online intake form. It turns out a browser form filler extension was putting your zip code into the phone number field. We've updated the form so that can't happen anymore.

Would you mind giving it one more try? Here's the link: https://forms.lumaaesthetics.com/intake

Sorry for the hassle!
Jess
"""),
    dict(subject="You're subscribed to text reminders", fmt="plain", note="",
         body="""Hi,

You're now signed up to receive appointment reminders by text at (555) 555-0148. Message and data rates may apply. Reply STOP to any message to unsubscribe, or HELP for help.

Luma Aesthetics
"""),
    dict(subject="We need to reschedule your appointment", fmt="qp", note="",
         body="""Hi Sarah,

Unfortunately Dr. Patel is out sick tomorrow, so we need to move your 11:00 AM appointment. We have the following openings:

  - Monday, Dec 9 at 9:30 AM
  - Monday, Dec 9 at 1:15 PM
  - Wednesday, Dec 11 at 4:00 PM

Just reply with the time that works best. We're so sorry for the inconvenience!

Crestview Skin & Wellness
"""),
    dict(subject="Lost & found", fmt="plain", note="",
         body="""Hi there,

We found a blue umbrella and a child's stuffed bunny in our waiting room on Friday. If either belongs to you, we'll keep them at the front desk for the next two weeks.

Front Desk
Northshore
"""),
    dict(subject="Notice of Privacy Practices - updated", fmt="alt", note="hard-negative: generic privacy notice wording ('health information') with no patient data",
         body="""Dear Patient,

We have updated our Notice of Privacy Practices, effective January 1. The notice describes how medical information about you may be used and disclosed and how you can get access to this information.

You can read the full notice at northshoreps.com/privacy or ask for a paper copy at your next visit. No action is required on your part.

Privacy Officer
Northshore
(312) 555-0188
"""),
    dict(subject="Happy birthday, Nicole! \U0001F382", fmt="alt_b64", b64_subject=True, note="hard-negative: birthday greeting, no date",
         body="""Hi Nicole,

Happy birthday from all of us! To celebrate, enjoy a $25 credit on your account this month - no strings attached.

We hope your day is as wonderful as you are.

With love,
The Willow & Wren Team
"""),
    dict(subject="Friendly reminder: balance due", fmt="plain", note="invoice number & due date",
         body="""Hi Kevin,

This is a friendly reminder that invoice #INV-30918 (issued 08/02/2024) has a remaining balance of $60.00, due on 09/01/2024.

You can pay online at lumaaesthetics.com/pay or call us at (253) 555-0147.

If you've already paid, thank you and please disregard this message.

Billing
Luma Aesthetics
"""),
    dict(subject="Office hours change starting next week", fmt="alt_qp", note="",
         body="""Hi everyone,

Starting Monday, October 7, our hours are changing:

  Monday - Thursday: 9:00 AM - 7:00 PM
  Friday: 8:00 AM - 2:00 PM
  Saturday: by appointment
  Sunday: closed

Evening appointments fill up fast, so book early!

Harbor Point
2240 Rosecrans St, San Diego, CA 92106
(619) 555-0177
"""),
]
