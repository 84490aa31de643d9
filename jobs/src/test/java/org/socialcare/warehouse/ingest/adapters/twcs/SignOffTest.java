package org.socialcare.warehouse.ingest.adapters.twcs;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Replies written for these tests in the styles seen in the public TWCS sample. */
class SignOffTest {
    private static Optional<String> agent(String text) {
        return SignOff.agentOf(text);
    }

    @Test
    void dashName() {
        assertEquals(Optional.of("Becky"), agent("@900201 So glad you liked the new salsa! -Becky"));
        assertEquals(Optional.of("DeAnna"), agent("@900201 Let's fix that. -DeAnna"));
    }

    @Test
    void dashSpaceInitials() {
        assertEquals(Optional.of("KC"), agent("@900202 Please send us a DM with your account number. - KC"));
        assertEquals(Optional.of("AA"), agent("@900202 How long has this been happening? -AA"));
        assertEquals(Optional.of("PM"), agent("@900202 Glad it's sorted. -PM"));
        assertEquals(Optional.of("Jan"), agent("@900202 We've passed this on. -Jan"));
        assertEquals(Optional.of("Sam"), agent("@900202 Sorry for the wait \u2013 Sam"));
    }

    @Test
    void caretInitialsInlineAndOnTheirOwnLine() {
        assertEquals(Optional.of("JK"), agent("@900203 Which channel is missing? ^JK"));
        assertEquals(Optional.of("HSB"), agent("@900203 Is the router light blinking white?\n^HSB"));
        assertEquals(Optional.of("HSB"), agent("@900203 Please follow and DM us. \n^HSB \n"));
        assertEquals(Optional.of("JAY"), agent("@900203 Is it wireless or home service?\r\n^JAY"));
    }

    @Test
    void otherMarkers() {
        assertEquals(Optional.of("TJ"), agent("@900204 Your bag is on the next flight. *TJ"));
        assertEquals(Optional.of("ErinRoberts"), agent("@900204 Let's get that sorted! *ErinRoberts"));
        assertEquals(Optional.of("Sam"), agent("@900204 Enjoy the show ~Sam"));
        assertEquals(Optional.of("DN"), agent("@900204 Try logging out and back in /DN"));
        assertEquals(Optional.of("Becky"), agent("@900204 Thanks for stopping by!-Becky."));
    }

    @Test
    void signOffFollowedByALink() {
        assertEquals(Optional.of("Becky"), agent(
                "@900205 That's concerning. Please tell us more here: https://t.co/AbCdEf123 -Becky https://t.co/XyZ987"));
        assertEquals(Optional.of("MK"), agent("@900205 Here is how to reset it ^MK\nhttps://t.co/Qw12 https://t.co/Er34 "));
    }

    @Test
    void noSignOff() {
        assertEquals(Optional.empty(), agent("@900206 Glad to help. Please share the details in our forum: https://t.co/Zz1"));
        assertEquals(Optional.empty(), agent("@900206 We'd like to look into this for you, can you DM us?"));
        assertEquals(Optional.empty(), agent("@900206 Our team is on it and will update you shortly wit... https://t.co/Tr9"));
        assertEquals(Optional.empty(), agent(""));
        assertEquals(Optional.empty(), agent(null));
        assertEquals(Optional.empty(), agent("   "));
    }

    @Test
    void emoticonsAreNotSignOffs() {
        assertEquals(Optional.empty(), agent("@900207 Have a great day :-)"));
        assertEquals(Optional.empty(), agent("@900207 You got it ^_^"));
        assertEquals(Optional.empty(), agent("@900207 That made us laugh :-D"));
        assertEquals(Optional.empty(), agent("@900207 Oops ;-P"));
        assertEquals(Optional.empty(), agent("@900207 Sure thing -_-"));
        assertEquals(Optional.empty(), agent("@900207 Noted \ud83d\ude0a"));
    }

    @Test
    void hashtagsMentionsAndOrdinaryWordsAreNotSignOffs() {
        assertEquals(Optional.empty(), agent("@900208 Happy haunting! #Boorito"));
        assertEquals(Optional.empty(), agent("@900208 Thanks for the love - #TeamAcme"));
        assertEquals(Optional.empty(), agent("@900208 Ask our friends at -@AcmeHelp"));
        assertEquals(Optional.empty(), agent("@900208 We're open Mon - Fri"));
        assertEquals(Optional.empty(), agent("@900208 Call us 9am - 5pm ET"));
        assertEquals(Optional.empty(), agent("@900208 Talk soon - Thanks"));
        assertEquals(Optional.empty(), agent("@900208 Our chat team is in 8am-8pm - EST"));
        assertEquals(Optional.empty(), agent("@900208 We'll fix it - ASAP!"));
        assertEquals(Optional.empty(), agent("@900208 It was faxed over-Maybe"));
        assertEquals(Optional.empty(), agent("@900208 We are here 24/7"));
        assertEquals(Optional.empty(), agent("@900208 Plan A or plan -B"));
        assertEquals(Optional.empty(), agent("@900208 Good luck - ANDREWS"));
        assertEquals(Optional.empty(), agent("@900208 Becky is on it"));
        assertEquals(Optional.empty(), agent("@900208 we're sorry -becky"));
    }
}
