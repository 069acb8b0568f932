CLEAN_EMAIL = [
dict(p=3, s="Your appointment is confirmed", b="""Hi Kara,

This is a confirmation of your appointment on Wednesday, March 12 at 10:15 AM.

Our office is on the 4th floor. Please bring a photo ID and arrive 10 minutes early.

Need to reschedule? Reply to this email or call us at least 24 hours ahead.

Thank you,"""),
dict(p=5, s="Office closure – July 4th", b="""Hello,

In observance of Independence Day, our office will be closed on Friday, July 4. We'll reopen Monday, July 7 at 8:00 AM.

If you need to reach us during the closure, leave a voicemail and we'll return your call on Monday.

Have a safe and happy holiday!"""),
dict(p=0, s="Welcome to Lumen Skin & Laser Center!", b="""Hi Jessica,

Welcome! We're so happy you chose us, and we can't wait to meet you.

A few things to know before your first visit:

• Parking: free in the garage under our building – bring your ticket up for validation.
• Paperwork: you'll receive a link to complete your new patient forms online. It takes about 10 minutes.
• Cancellations: we ask for 24 hours' notice so we can offer your time to someone on our waitlist.
• Questions: reply to this email or text us at (512) 555-0142.

See you soon!"""),
dict(p=3, s="Receipt for your payment", b="""Hello,

Thank you for your payment. Here are the details:

Receipt number: R-20250314-0082
Date: 03/14/2025
Amount: $85.00
Payment method: Visa ending 4242
Description: Payment on account

Please keep this receipt for your records.

Northgate Dermatology Billing Office"""),
dict(p=8, s="Meet Alicia, our new front desk coordinator!", b="""Hi everyone,

Please join us in welcoming Alicia to the Westlake team! Alicia grew up in Tacoma, studied hospitality at WSU, and spent five years at a boutique hotel downtown before joining us.

She'll be the friendly voice you hear when you call, and the first smile you see when you walk in. Outside the office, she's a devoted runner, a terrible (by her own admission) gardener, and mom to a very spoiled corgi named Biscuit.

Stop by and say hi at your next visit!"""),
dict(p=1, s="We're hiring: Patient Care Coordinator", b="""Dear friends of Harbor,

We're growing and looking for a full-time Patient Care Coordinator to join our Portland office.

The ideal candidate is warm, organized and loves helping people. Previous medical office experience is a plus but not required – we'll train the right person.

Benefits include health/dental, 401(k) match, paid holidays and a generous employee discount.

If you know someone who'd be a great fit, please have them send a resume to careers@harborpsa.com.

Thank you!"""),
dict(p=4, s="Quick survey about your visit", b="""Hi Brandon,

Thanks for visiting us last week! We'd love your feedback on our front desk experience:

1. How easy was it to schedule your appointment?
2. How long did you wait after arriving?
3. Was our office clean and comfortable?
4. How friendly was our staff?

It takes less than 2 minutes: https://contourai.com/survey/8821

Thank you!"""),
dict(p=8, s="We're moving!", b="""Hello,

After 12 wonderful years on Mercer Street, we're moving to a bigger, brighter space!

Starting June 1, you'll find us at:
2200 Westlake Ave, Suite 310
Seattle, WA 98121

Parking is available in the building garage (enter on 9th Ave), and we'll validate for up to 3 hours. Our phone number and email aren't changing.

See you at the new place!"""),
dict(p=1, s="Updated Notice of Privacy Practices", b="""Dear Patient,

We've updated our Notice of Privacy Practices to reflect recent changes in federal law. The updated notice explains how we may use and share information and describes your rights.

You can read the full notice at harborpsa.com/privacy, or ask for a printed copy at your next visit. No action is required on your part.

Thank you for trusting us,"""),
dict(p=11, s="Thank you for your referral! 💕", b="""Hi Aaliyah,

Thank you so much for sending your friend our way! Referrals are the biggest compliment we can receive.

As a thank-you, we've added a $50 credit to your account. It's automatically applied at your next visit and never expires.

Love,"""),
dict(p=6, s="Holiday hours at Radiance MD", b="""Hello!

Here are our holiday hours:

Tue, Dec 24 – 9am to 1pm
Wed, Dec 25 – Closed
Tue, Dec 31 – 9am to 3pm
Wed, Jan 1 – Closed

Regular hours resume Thursday, January 2. From our family to yours, happy holidays!"""),
dict(p=2, s="Your e-gift card is here! 🎁", b="""Hi Sofia,

Someone special sent you a gift! Here are your gift card details:

Amount: $150.00
Gift card number: GC-4821-7730-1195
PIN: 6630
From: Alex
Message: "Happy birthday! Treat yourself 💕"

Redeem in person at Bellavista Med Spa. Gift cards never expire.

Enjoy!"""),
dict(p=3, s="Summer sun safety tips ☀️", b="""Hi there,

Summer is finally here! A few simple habits can help you enjoy it safely:

1. Apply a broad-spectrum sunscreen with SPF 30 or higher 15 minutes before going out.
2. Reapply every two hours, and after swimming or sweating.
3. Wear a wide-brimmed hat and UV-blocking sunglasses.
4. Seek shade between 10am and 4pm, when the sun is strongest.
5. Drink plenty of water – dehydration sneaks up on you in the heat.

Enjoy the sunshine, and we'll see you soon!"""),
dict(p=5, s="Parking update for our Capitol Hill office", b="""Hi,

Starting next Monday, the Pike St garage will be under construction for about three weeks. During that time, please use the Melrose Ave garage one block east – we'll validate your ticket as usual.

There's also metered street parking on Boylston, and we're a 5-minute walk from the light rail station.

Thank you for your patience!"""),
dict(p=11, s="Your order has shipped! Order #SP-448120", b="""Hi Lauren,

Good news – your order is on its way!

Order #: SP-448120
Ship to: 212 Maple Ct, Franklin, TN
Carrier: FedEx Ground
Tracking: 7749 2231 0098 4415

Estimated delivery: Thursday. Questions about your order? Just reply here.

Thanks for shopping with us!"""),
dict(p=0, s="A friendly reminder about our cancellation policy", b="""Hello,

We know life happens! To make sure every patient can be seen promptly, we ask for at least 24 hours' notice if you need to cancel or reschedule.

Cancellations with less than 24 hours' notice, and missed appointments, are subject to a $50 fee.

Thank you for helping us take care of everyone."""),
dict(p=8, s="Reset your patient portal password", b="""Hello,

We received a request to reset your patient portal password. Click the link below to choose a new one:

https://portal.westlakedcs.com/reset?token=a91f03c2e7

This link will expire in 30 minutes. If you didn't request this, you can safely ignore this email.

Westlake Patient Portal"""),
dict(p=3, s="Office closed today due to weather", b="""Hi,

Due to the ice storm and unsafe road conditions, our office is closed today, Tuesday, January 14. Our team will call everyone with an appointment today to reschedule.

Please stay warm and safe!"""),
dict(p=2, s="Happy birthday from Bellavista! 🎂", b="""Happy birthday, Camila!

To celebrate you, we've loaded a $25 birthday credit to your account. Use it anytime this month.

Wishing you a year full of joy,"""),
dict(p=1, s="Your statement is ready", b="""Hello,

Your latest statement is ready to view online.

Statement #: ST-0092214
Statement date: 04/01/2025
Amount due: $45.00
Due by: 04/30/2025

Pay online at harborpsa.com/pay, by phone, or at the front desk. Thank you!"""),
dict(p=6, s="Re: rescheduling next week", b="""Hi Maya,

No problem at all! I've moved you from Tuesday to Thursday, April 17 at 4:30 PM. You'll get a new confirmation text shortly.

Have a great weekend!

> On Fri, Apr 11, 2025 at 9:02 AM Maya Feldman wrote:
> Hi! Something came up at work on Tuesday - any chance I could come later in the week instead?
"""),
dict(p=10, s="Thank you for coming to our open house!", b="""Hi friends,

What a night! Thank you to everyone who came out to celebrate our new office on Thursday. Congratulations to Priya, the winner of our raffle basket!

If you didn't get a chance to tour the space, stop by anytime – we'd love to show you around.

With gratitude,"""),
dict(p=3, s="Update: Dr. Okafor's maternity leave", b="""Dear patients,

We're happy to share that Dr. Okafor welcomed a healthy baby boy last week! She'll be on maternity leave through the end of April.

During that time, Dr. Lee and our physician assistant, Marcus, will be seeing Dr. Okafor's patients. If you have an upcoming appointment, it will remain at the same date and time.

Please join us in sending congratulations!"""),
dict(p=7, s="Phone system outage", b="""Hi,

Our phone system is down this morning due to a carrier outage. If you need to reach us, please email care@summitmenshealth.com or text (303) 555-0177 and we'll respond as quickly as we can.

Sorry for the inconvenience!"""),
dict(p=11, s="Share the glow: refer a friend 💛", b="""Hi there!

Love coming to Glow Bar? Share the love! For every friend you refer who books their first visit, you'll both get $50 in credit.

Just have your friend mention your name when they book. There's no limit to how many friends you can refer!

XO,"""),
dict(p=5, s="Our team ran the Turkey Trot! 🦃", b="""Happy Thanksgiving week!

Nine members of our team (and two very enthusiastic dogs) ran the Seattle Turkey Trot on Saturday, raising $1,800 for Northwest Harvest. Thank you to everyone who sponsored us!

We're closed Thursday and Friday for the holiday and will reopen Monday.

Gratefully,"""),
dict(p=0, s="Did you leave something behind?", b="""Hi Emily,

We found a silver bracelet in exam room 3 after your visit yesterday. Is it yours? We'll keep it safe at the front desk until you can pick it up.

Thanks!"""),
dict(p=8, s="Please confirm your email address", b="""Hello,

Please confirm this is the best email address to reach you for appointment reminders and statements.

Confirm my email: https://westlakedcs.com/confirm?id=55c1e

If you didn't create an account with us, please let us know.

Thank you,"""),
dict(p=11, s="You have 1,240 Glow Points!", b="""Hi Lauren,

You've earned 1,240 Glow Points so far this year – that's $62 in rewards!

Points can be redeemed at checkout for any service or product. Points earned in 2024 expire on December 31, so make sure to use them soon.

XO,"""),
dict(p=8, s="Accessibility at our new office", b="""Hello,

We want every visit to be comfortable. Our new office includes:

• Step-free entry from the garage level
• Automatic doors and wide hallways
• An accessible restroom on our floor
• Wheelchairs available at the front desk – just ask

If you need any other accommodation, let us know when you book and we'll be happy to help.

Warm regards,"""),
dict(p=1, s="Office equipment update (and an apology)", b="""Hi there,

If you've tried to print your receipt at our kiosk this week, you may have noticed our laser printer has been out of service. A replacement arrives Friday. In the meantime, we're happy to email receipts to you.

Also, a quick apology for the ceiling drip in the waiting room on Monday – maintenance has fixed the pipe.

Thanks for bearing with us!"""),
dict(p=6, s="You're invited: Radiance Gives Back Gala", b="""Dear friends,

Please join us for our annual Radiance Gives Back Gala on Saturday, October 18, at the Georgian Terrace. All proceeds benefit the Atlanta Women's Shelter.

Cocktails at 6:30 PM, dinner at 7:30 PM, silent auction all evening. Black tie optional.

Tickets: $125 at radiancemdspa.com/gala

We hope to see you there!"""),
dict(p=4, s="We've extended our hours!", b="""Good news!

Starting in September, we're open later on weekdays and on Saturdays:

Mon–Thu: 8am–7pm
Fri: 8am–5pm
Sat: 9am–2pm

Book online anytime at contourai.com or give us a call.

Cheers,"""),
dict(p=2, s="Flexible payment options", b="""Hi there,

Did you know we offer flexible payment options? We accept CareCredit, Cherry and Affirm, plus HSA/FSA cards, cash and all major credit cards.

Apply for financing in minutes at bellavistamedspa.com/financing – most decisions are instant and there's no impact to your credit score to check your rate.

Questions? Our front desk team is happy to help."""),
dict(p=10, s="Would you leave us a review?", b="""Hi Chris,

Thank you for visiting us! If you had a great experience, would you take a moment to leave us a Google review? It really helps other people find us.

Leave a review: https://g.page/r/pacificfacialplastics/review

Thank you so much,"""),
dict(p=3, s="Staff spotlight: Denise, our practice manager", b="""Hi everyone,

This month we're celebrating Denise, who has kept our office running smoothly for 15 years (!). Denise started at our front desk in 2010 and has done just about every job here since.

When she's not solving scheduling puzzles, Denise coaches her granddaughter's softball team and makes a legendary peach cobbler.

Thank you, Denise, for everything you do!"""),
dict(p=11, s="The Glow Bar holiday gift guide 🎄", b="""Hi there!

Stuck on what to get the people you love? We've got you covered:

🎁 Gift cards in any amount (buy $200, get a $40 bonus card)
🕯️ Our signature candle in Fig & Cedar – $38
🧖 Plush spa robes – $65
🧴 Travel-size SPF trio – $42

Stocking stuffers under $25 are at the front desk. Happy shopping!"""),
dict(p=0, s="Re: your question about hours", b="""Hi Jordan,

Great question! We're open Monday through Friday from 8am to 6pm, and the second Saturday of each month from 9am to 1pm.

Let me know if you'd like me to look for a time that works for you.

Best,

> On Tue, Jun 3, 2025, Jordan Ellis wrote:
> Are you open on Saturdays at all?
"""),
dict(p=1, s="Your consultation is confirmed", b="""Dear Ms. Hartman,

Your consultation is confirmed for Monday, May 5 at 1:30 PM with Dr. Hollis.

Please allow about an hour for your visit. Valet parking is available at the main entrance.

We look forward to meeting you,"""),
dict(p=4, s="New patient paperwork", b="""Hi Emily,

To save time at your first visit, please complete your new patient paperwork online before you arrive:

https://contourai.com/forms/new-patient

You'll need your photo ID and, if you'd like to use insurance for any services, your insurance card.

See you soon!"""),
dict(p=7, s="Appointment reminder", b="""Hi Rob,

This is a reminder of your appointment tomorrow, Thursday, at 7:30 AM.

Summit Men's Health opens early on Thursdays, so the side door will be unlocked – just come on up to the 2nd floor.

See you then,"""),
dict(p=6, s="Fall newsletter: what's new at Radiance", b="""Hello, friends!

Fall is in the air and we have a few updates to share:

Welcome, Marisa! Our new patient coordinator joins us from Emory and speaks English, Spanish and Portuguese.

Community: We collected 300 coats for the Atlanta Mission in October. Thank you!

New online booking: You can now book, reschedule and pay online at radiancemdspa.com.

Recipe corner: Marisa's famous pumpkin bread is at the front desk every Friday in November – come grab a slice.

See you soon,"""),
dict(p=0, s="A note about the heat wave", b="""Hi there,

With temperatures over 100° this week, please take care of yourself: drink water throughout the day, wear light clothing and avoid being outdoors in the afternoon.

Our waiting room is nice and cool, and we always have cold water and iced tea ready for you.

Stay safe!"""),
dict(p=5, s="Your refund has been processed", b="""Hello,

We've issued a refund of $120.00 to your card ending 3391. Please allow 5–10 business days for it to appear on your statement.

Refund reference: RF-77120-B

Thank you,"""),
dict(p=10, s="Thank you for your patience this week", b="""Hi,

Our building's elevator was out of service Monday through Wednesday. Thank you to everyone who climbed the stairs (all nine floors!) or kindly rescheduled. It's fixed now.

As a small thank-you, coffee's on us at the lobby café through Friday – just show your appointment card.

Warmly,"""),
dict(p=3, s="Important: new check-in process", b="""Hello,

Starting Monday, we're introducing contactless check-in! When you arrive, text HERE to (773) 555-0163 and we'll text you when your room is ready. You're welcome to wait in your car or at the coffee shop next door.

Of course, you can still check in at the front desk if you prefer.

Thank you,"""),
dict(p=2, s="Sneak peek: our renovated lounge ✨", b="""Hi there!

Our lobby just got a little makeover and we can't wait for you to see it – new velvet chairs, a coffee and tea bar, and a wall of plants that we're trying very hard not to kill.

Come see it at your next visit, and snap a selfie by the neon sign!

Love,"""),
dict(p=8, s="Patient portal maintenance Saturday night", b="""Hello,

Our patient portal will be unavailable this Saturday from 10 PM until Sunday at 6 AM for scheduled maintenance. Online booking and bill pay will be back up Sunday morning.

Thanks for your patience!"""),
dict(p=7, s="Quick favor?", b="""Hi Brandon,

We're updating our records and noticed we don't have a mobile number for you. Could you reply with the best number for appointment reminders?

Thanks,
Summit Men's Health"""),
dict(p=1, s="Our 20th anniversary celebration", b="""Dear friends,

Twenty years ago this month, Dr. Hollis opened our doors in a tiny office above a bakery on Exchange Street. Thank you for being part of the story.

To celebrate our birthday, we're hosting an open house on Thursday, September 18, from 5 to 7 PM. Light bites, live music and a few surprises.

RSVP: harborpsa.com/20

With thanks,"""),
# Spanish
dict(p=9, lang="es", s="Su cita está confirmada", b="""Hola Carmen,

Le confirmamos su cita para el miércoles 12 de marzo a las 10:15 de la mañana.

Por favor traiga una identificación con foto y llegue 10 minutos antes. Si necesita cambiar la cita, llámenos con 24 horas de anticipación.

Gracias,"""),
dict(p=9, lang="es", s="Horario de días festivos", b="""Estimados pacientes,

Les informamos que nuestra clínica estará cerrada el 24 y 25 de diciembre, y el 1 de enero. El resto de los días atenderemos en horario normal.

¡Les deseamos felices fiestas!"""),
dict(p=9, lang="es", s="¡Bienvenida a Clínica Bella Piel!", b="""Hola Lucía,

¡Bienvenida! Estamos felices de que nos haya elegido.

Antes de su primera cita:
• Estacionamiento gratis detrás del edificio.
• Recibirá un enlace para llenar sus formularios en línea.
• Si necesita cancelar, avísenos con 24 horas de anticipación.

¡Nos vemos pronto!"""),
dict(p=9, lang="es", s="Recibo de su pago", b="""Hola,

Gracias por su pago. Estos son los detalles:

Número de recibo: R-77120
Fecha: 14/03/2025
Monto: $85.00
Tarjeta terminada en 4242

Guarde este recibo para sus registros.

Departamento de Facturación"""),
dict(p=9, lang="es", s="Estamos contratando", b="""Hola,

Estamos buscando una recepcionista bilingüe de tiempo completo. Ofrecemos seguro médico, vacaciones pagadas y un excelente ambiente de trabajo.

Si conoce a alguien interesado, pídale que envíe su currículum a empleo@bellapielclinica.com.

¡Gracias!"""),
dict(p=2, lang="es", s="Consejos para el calor", b="""¡Hola!

Esta semana las temperaturas pasarán de los 95 grados. Le recomendamos tomar mucha agua, usar ropa ligera, aplicar protector solar y evitar el sol entre las 10 y las 4.

¡Cuídese mucho!"""),
dict(p=9, lang="es", s="Cambio de dirección", b="""Estimados pacientes,

A partir del 1 de junio nos mudamos a una nueva oficina:
3120 W 26th St, Chicago, IL 60623

Hay estacionamiento gratis y estamos a dos cuadras de la parada del autobús. Nuestro número de teléfono no cambia.

¡Los esperamos!"""),
dict(p=9, lang="es", s="¿Cómo fue su visita?", b="""Hola,

Gracias por visitarnos. Nos encantaría saber su opinión sobre la atención en recepción:

1. ¿Fue fácil hacer su cita?
2. ¿Cuánto tiempo esperó?
3. ¿El personal fue amable?

Responda la encuesta aquí: https://bellapielclinica.com/encuesta

¡Gracias!"""),
dict(p=2, lang="es", s="¡Feliz cumpleaños! 🎂", b="""¡Feliz cumpleaños, Valeria!

Para celebrarla, le regalamos un crédito de $25 en su cuenta. Úselo cuando quiera durante este mes.

Con cariño,"""),
dict(p=9, lang="es", s="Cierre por mal tiempo", b="""Hola,

Debido a la tormenta de nieve, la clínica estará cerrada hoy. Nuestro equipo le llamará para reprogramar su cita.

¡Manténgase seguro y abrigado!"""),
dict(p=9, lang="es", s="Gracias por su recomendación", b="""Hola Rosa,

¡Muchas gracias por recomendarnos a su amiga! Como agradecimiento, le agregamos un crédito de $50 a su cuenta.

Con cariño,"""),
]
