package dk.kollekt.sponsorship;

/** What an activity's result is counted in; NONE takes fixed pledges only. */
public enum Unit {
    KM, HOUR, NONE
}
