package org.disputehub.synthetic;

/** How often each kind of typing noise happens; the hard variant has more of the name noise. */
record NoiseRates(double homophone, double traditionalName, double spacedName, double title, double anonymous,
                  double idVariant, double phoneNoisyFormat, double addressNoTownship, double addressTraditional,
                  double addressFullWidth, double addressSpace, double addressCounty) {

    static NoiseRates normal() {
        return new NoiseRates(0.015, 0.06, 0.05, 0.22, 0.025, 0.025, 0.45, 0.2, 0.05, 0.04, 0.04, 0.05);
    }

    static NoiseRates hard() {
        return new NoiseRates(0.07, 0.09, 0.07, 0.25, 0.03, 0.04, 0.5, 0.3, 0.07, 0.05, 0.05, 0.06);
    }

    static NoiseRates of(boolean hard) {
        return hard ? hard() : normal();
    }
}
