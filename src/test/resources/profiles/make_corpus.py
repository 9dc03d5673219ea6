#!/usr/bin/env python3
"""Regenerates the broken-profile corpus (broken/, fixtures/, broken/expected.tsv) from the shipped
device-profiles/: each case is one change to a valid file, with the field and reason it must be
refused with. Run from anywhere: python3 src/test/resources/profiles/make_corpus.py"""
import json, copy, os, shutil
here = os.path.dirname(os.path.abspath(__file__))
root = here
shipped = os.path.normpath(os.path.join(here, '..', '..', '..', '..', 'device-profiles'))
for d in ('broken', 'fixtures'):
    if os.path.exists(os.path.join(root, d)): shutil.rmtree(os.path.join(root, d))
for d in ['fixtures/reference-laser', 'fixtures/bigsky-cfr200', 'fixtures/quantaray-lab150', 'fixtures/yag-1064-only', 'broken/device', 'broken/safe', 'broken/folders']:
    os.makedirs(os.path.join(root, d))
def load(p): return json.load(open(p))
def dump(obj, p):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        json.dump(obj, f, indent=2); f.write('\n')
ref = load(f'{shipped}/reference-laser/device.json')
sky = load(f'{shipped}/bigsky-cfr200/device.json')
qr = load(f'{shipped}/quantaray-lab150/device.json')
dump(ref, f'{root}/fixtures/reference-laser/device.json')
dump(sky, f'{root}/fixtures/bigsky-cfr200/device.json')
dump(qr, f'{root}/fixtures/quantaray-lab150/device.json')
only = copy.deepcopy(ref); only['id'] = 'yag-1064-only'; only['model'] = 'Fixture: 1064 nm only'; only['wavelengths'] = only['wavelengths'][:1]
dump(only, f'{root}/fixtures/yag-1064-only/device.json')
safe1064 = load(f'{shipped}/reference-laser/tattoo-1064-fst-i-iii.json')
safe532 = load(f'{shipped}/reference-laser/tattoo-532-fst-i-iii.json')
rows = []
def device_case(name, base, mutate, field, reason):
    d = copy.deepcopy(base); mutate(d); dump(d, f'{root}/broken/device/{name}.json')
    rows.append((f'device/{name}.json', '-', '-', field, reason))
def raw_device_case(name, text, field, reason):
    open(f'{root}/broken/device/{name}.json', 'w').write(text)
    rows.append((f'device/{name}.json', '-', '-', field, reason))
def safe_case(name, base, fixture, mutate, field, reason):
    d = copy.deepcopy(base); d['deviceId'] = fixture; mutate(d); dump(d, f'{root}/broken/safe/{name}.json')
    rows.append((f'safe/{name}.json', fixture, '-', field, reason))
def setp(path, value):
    def m(d):
        o = d
        for k in path[:-1]: o = o[k]
        o[path[-1]] = value
    return m
def delp(path):
    def m(d):
        o = d
        for k in path[:-1]: o = o[k]
        del o[path[-1]]
    return m
def rename(path, new):
    def m(d):
        o = d
        for k in path[:-1]: o = o[k]
        o[new] = o.pop(path[-1])
    return m
W0E = ['wavelengths', 0, 'energy']
# ---- device profiles
device_case('unknown-field', ref, setp(['colour'], 'red'), 'colour', 'unknown field')
device_case('missing-watchdog', ref, delp(['watchdog']), 'watchdog', 'missing')
device_case('energy-in-joules', ref, rename(W0E + ['maxMillijoules'], 'maxJoules'), 'wavelengths[0].energy.maxJoules', 'unknown field')
device_case('energy-as-text-with-unit', ref, setp(W0E + ['maxMillijoules'], '1200 mJ'), 'wavelengths[0].energy.maxMillijoules', 'must be a number')
device_case('energy-min-above-max', ref, setp(['wavelengths', 1, 'energy', 'minMillijoules'], 700), 'wavelengths[1].energy.minMillijoules', 'is above maxMillijoules 600 mJ')
device_case('energy-step-not-dividing', ref, setp(W0E + ['stepMillijoules'], 0.3), 'wavelengths[0].energy.stepMillijoules', 'does not divide')
device_case('energy-finer-than-microjoule', ref, setp(W0E + ['stepMillijoules'], 0.0001), 'wavelengths[0].energy.stepMillijoules', 'finer than 1 uJ')
device_case('energy-negative', ref, setp(W0E + ['minMillijoules'], -10), 'wavelengths[0].energy.minMillijoules', 'not 0 or more')
device_case('wavelength-as-text', ref, setp(['wavelengths', 0, 'nanometres'], '1064nm'), 'wavelengths[0].nanometres', 'must be a number')
device_case('duplicate-wavelength', ref, setp(['wavelengths', 1, 'nanometres'], 1064), 'wavelengths[1].nanometres', 'listed twice')
device_case('no-wavelengths', ref, setp(['wavelengths'], []), 'wavelengths', 'at least one wavelength')
device_case('tolerance-wider-than-20-percent', ref, setp(['measuredEnergyTolerance', 'fraction'], 0.25), 'measuredEnergyTolerance.fraction', 'at most 0.2')
device_case('tolerance-as-percent', ref, setp(['measuredEnergyTolerance', 'fraction'], 15), 'measuredEnergyTolerance.fraction', 'at most 0.2')
device_case('emission-delay-negative', ref, setp(['emissionDelay', 'milliseconds'], -5), 'emissionDelay.milliseconds', 'not within 0..60000 ms')
device_case('emission-delay-in-seconds-field', ref, rename(['emissionDelay', 'milliseconds'], 'seconds'), 'emissionDelay.seconds', 'unknown field')
device_case('watchdog-zero', ref, setp(['watchdog', 'periodMilliseconds'], 0), 'watchdog.periodMilliseconds', 'above 0')
device_case('watchdog-fractional', ref, setp(['watchdog', 'periodMilliseconds'], 500.5), 'watchdog.periodMilliseconds', 'whole number')
device_case('pulse-width-not-q-switched', ref, setp(['pulseWidth', 'nanoseconds'], 2000), 'pulseWidth.nanoseconds', 'Q-switched')
device_case('unknown-dialect', ref, setp(['dialect'], 'litron'), 'dialect', 'not reference, bigsky or quantaray')
device_case('wrong-format', ref, setp(['format'], 'pulseguard-safe-profile/1'), 'format', 'is not pulseguard-device-profile/1')
device_case('bad-version', ref, setp(['version'], '1.0'), 'version', 'not a version')
device_case('bad-id', ref, setp(['id'], 'Reference Laser'), 'id', 'lower-case')
device_case('missing-source', ref, delp(['pulseWidth', 'source']), 'pulseWidth.source', 'missing')
device_case('blank-source', ref, setp(['spot', 'source'], '  '), 'spot.source', 'non-blank')
device_case('zoom-min-above-max', ref, setp(['spot', 'zoom', 'minMillimetres'], 12), 'spot.zoom.minMillimetres', 'above maxMillimetres')
device_case('zoom-step-not-dividing', ref, setp(['spot', 'zoom', 'stepMillimetres'], 0.4), 'spot.zoom.stepMillimetres', 'does not divide')
device_case('zoom-zero-minimum', ref, setp(['spot', 'zoom', 'minMillimetres'], 0), 'spot.zoom.minMillimetres', 'not above 0')
device_case('rate-min-above-max', ref, setp(['repetitionRate', 'minHertz'], 20), 'repetitionRate.minHertz', 'above maxHertz')
device_case('rate-step-not-dividing', ref, setp(['repetitionRate', 'stepHertz'], 0.4), 'repetitionRate.stepHertz', 'does not divide')
device_case('spot-zoom-and-handpieces', ref, setp(['spot', 'handpieces'], [{'id': 'HP-4', 'diameterMillimetres': 4}]), 'spot.zoom', 'either zoom or handpieces')
device_case('spot-neither', ref, delp(['spot', 'zoom']), 'spot.handpieces', 'missing')
device_case('reference-with-handpieces', ref, lambda d: d.update(spot={'handpieces': [{'id': 'HP-4', 'diameterMillimetres': 4}], 'source': 'x'}), 'spot', 'motorised zoom')
device_case('reference-with-calibration', ref, setp(['wavelengths', 0, 'energyCalibration'], sky['wavelengths'][0]['energyCalibration']), 'wavelengths[0].energyCalibration', 'remove the calibration')
device_case('reference-wrong-serial', ref, setp(['serial'], '9600 8N1'), 'serial', 'differs from the reference protocol')
device_case('serial-unparseable', ref, setp(['serial'], '115200 baud'), 'serial', "not like '115200 8N1'")
device_case('calibration-dates-reversed', ref, setp(['calibration', 'validUntil'], '2026-10-01'), 'calibration.validUntil', 'not after')
device_case('calibration-bad-date', ref, setp(['calibration', 'performedOn'], '01/11/2026'), 'calibration.performedOn', 'not a date')
device_case('calibration-missing', ref, delp(['calibration']), 'calibration', 'missing')
SKY_CAL = ['wavelengths', 0, 'energyCalibration']
device_case('bigsky-wrong-serial', sky, setp(['serial'], '115200 8N1'), 'serial', 'bigsky protocol')
device_case('bigsky-with-zoom', sky, lambda d: d.update(spot={'zoom': {'minMillimetres': 2, 'maxMillimetres': 6, 'stepMillimetres': 1}, 'source': 'x'}), 'spot', 'no spot command')
device_case('bigsky-missing-calibration', sky, delp(SKY_CAL), 'wavelengths[0].energyCalibration', 'need a calibration curve')
device_case('bigsky-calibration-in-percent', sky, setp(SKY_CAL + ['nativeUnit'], 'opfnPercent'), 'wavelengths[0].energyCalibration.nativeUnit', 'not the bigsky unit flashlampVolts')
device_case('bigsky-calibration-unknown-unit', sky, setp(SKY_CAL + ['nativeUnit'], 'kilovolts'), 'wavelengths[0].energyCalibration.nativeUnit', 'not flashlampVolts or opfnPercent')
device_case('bigsky-calibration-not-monotonic', sky, setp(SKY_CAL + ['points', 3, 'millijoules'], 70), 'wavelengths[0].energyCalibration.points[3].millijoules', 'does not increase')
device_case('bigsky-calibration-volts-out-of-range', sky, setp(SKY_CAL + ['points', 6, 'native'], 2000), 'wavelengths[0].energyCalibration.points[6].native', 'outside the protocol')
device_case('bigsky-calibration-short', sky, lambda d: d['wavelengths'][0]['energyCalibration']['points'].__delitem__(slice(5, 7)), 'wavelengths[0].energyCalibration.points', 'covers 8 mJ..160 mJ')
device_case('bigsky-calibration-one-point', sky, setp(SKY_CAL + ['points'], [{'native': 800, 'millijoules': 8}]), 'wavelengths[0].energyCalibration.points', 'at least two points')
device_case('bigsky-rate-finer-than-f-command', sky, setp(['repetitionRate', 'stepHertz'], 0.005), 'repetitionRate.stepHertz', '0.01 Hz of the F command')
device_case('bigsky-rate-above-f-command', sky, lambda d: d['repetitionRate'].update(maxHertz=100), 'repetitionRate.maxHertz', '99.99 Hz')
device_case('bigsky-watchdog-not-whole-seconds', sky, setp(['watchdog', 'periodMilliseconds'], 1500), 'watchdog.periodMilliseconds', 'whole number of 1000 ms')
device_case('bigsky-handpiece-duplicate-diameter', sky, setp(['spot', 'handpieces', 1, 'diameterMillimetres'], 2), 'spot.handpieces[1].diameterMillimetres', 'repeats')
device_case('bigsky-handpiece-duplicate-id', sky, setp(['spot', 'handpieces', 2, 'id'], 'HP-2'), 'spot.handpieces[2].id', 'listed twice')
device_case('bigsky-no-handpieces', sky, setp(['spot', 'handpieces'], []), 'spot.handpieces', 'at least one')
device_case('bigsky-handpieces-not-a-list', sky, setp(['spot', 'handpieces'], 'HP-2, HP-3'), 'spot.handpieces', 'must be a JSON array')
device_case('bigsky-calibration-points-missing', sky, delp(SKY_CAL + ['points']), 'wavelengths[0].energyCalibration.points', 'missing')
device_case('quantaray-watchdog-above-watc', qr, setp(['watchdog', 'periodMilliseconds'], 120000), 'watchdog.periodMilliseconds', 'longest 110000 ms')
device_case('quantaray-calibration-percent-out-of-range', qr, setp(['wavelengths', 1, 'energyCalibration', 'points', 5, 'native'], 105), 'wavelengths[1].energyCalibration.points[5].native', 'outside the protocol')
device_case('quantaray-wrong-stop-bits', qr, setp(['serial'], '9600 8N1'), 'serial', '9600 8N2')
raw_device_case('duplicate-json-key', '{"format": "pulseguard-device-profile/1", "id": "a", "id": "b"}\n', '$', 'Duplicate field')
raw_device_case('not-json', 'id: reference-laser\n', '$', 'not valid JSON')
raw_device_case('array-at-top', '[]\n', '$', 'must be a JSON object')
# ---- safe profiles
FL = ['fluence']
safe_case('1064-cap-above-12', safe1064, 'reference-laser', setp(FL + ['III', 'maxJoulesPerSquareCentimetre'], 12.5), 'fluence.III.maxJoulesPerSquareCentimetre', 'above the hard maximum 12')
safe_case('532-for-skin-type-iv', safe532, 'reference-laser', setp(FL + ['IV'], {'minJoulesPerSquareCentimetre': 0.5, 'maxJoulesPerSquareCentimetre': 3, 'source': 'x'}), 'fluence.IV', 'only for skin types [I, II, III]')
safe_case('532-cap-above-5', safe532, 'reference-laser', setp(FL + ['I', 'maxJoulesPerSquareCentimetre'], 5.5), 'fluence.I.maxJoulesPerSquareCentimetre', 'above the hard maximum 5')
safe_case('wavelength-without-clinical-limit', safe1064, 'reference-laser', setp(['wavelengthNanometres'], 755), 'wavelengthNanometres', 'no clinical hard limit')
safe_case('wavelength-the-unit-lacks', safe532, 'yag-1064-only', lambda d: None, 'wavelengthNanometres', 'cannot emit 532 nm')
safe_case('cap-the-unit-cannot-reach', safe1064, 'bigsky-cfr200', lambda d: None, 'fluence.I.maxJoulesPerSquareCentimetre', 'can never reach')
safe_case('cap-below-what-the-unit-can-make', safe1064, 'bigsky-cfr200', lambda d: d['fluence'].update(I={'minJoulesPerSquareCentimetre': 0.01, 'maxJoulesPerSquareCentimetre': 0.02, 'source': 'x'}, II={'minJoulesPerSquareCentimetre': 0.5, 'maxJoulesPerSquareCentimetre': 6, 'source': 'x'}, III={'minJoulesPerSquareCentimetre': 0.5, 'maxJoulesPerSquareCentimetre': 6, 'source': 'x'}), 'fluence.I.maxJoulesPerSquareCentimetre', 'below the lowest fluence')
safe_case('rate-cap-the-unit-cannot-reach', safe1064, 'reference-laser', setp(['maxRepetitionRate', 'hertz'], 20), 'maxRepetitionRate.hertz', 'can never reach')
safe_case('rate-cap-below-the-unit', safe1064, 'quantaray-lab150', lambda d: None, 'maxRepetitionRate.hertz', 'nothing would be allowed')
safe_case('interval-below-4-weeks', safe1064, 'reference-laser', setp(['minIntervalBetweenSessions', 'days'], 21), 'minIntervalBetweenSessions.days', 'hard floor of 28 days')
safe_case('interval-in-weeks-field', safe1064, 'reference-laser', rename(['minIntervalBetweenSessions', 'days'], 'weeks'), 'minIntervalBetweenSessions.weeks', 'unknown field')
safe_case('interval-fractional', safe1064, 'reference-laser', setp(['minIntervalBetweenSessions', 'days'], 42.5), 'minIntervalBetweenSessions.days', 'whole number')
safe_case('unknown-skin-type', safe1064, 'reference-laser', setp(FL + ['VII'], {'minJoulesPerSquareCentimetre': 1, 'maxJoulesPerSquareCentimetre': 2, 'source': 'x'}), 'fluence.VII', 'not a skin type')
safe_case('skin-type-lower-case', safe1064, 'reference-laser', rename(FL + ['III'], 'iii'), 'fluence.iii', 'not a skin type')
safe_case('fluence-min-above-max', safe1064, 'reference-laser', setp(FL + ['II', 'minJoulesPerSquareCentimetre'], 13), 'fluence.II.minJoulesPerSquareCentimetre', 'above maxJoulesPerSquareCentimetre')
safe_case('fluence-zero-minimum', safe1064, 'reference-laser', setp(FL + ['II', 'minJoulesPerSquareCentimetre'], 0), 'fluence.II.minJoulesPerSquareCentimetre', 'not above 0')
safe_case('fluence-in-millijoules', safe1064, 'reference-laser', rename(FL + ['I', 'maxJoulesPerSquareCentimetre'], 'maxMillijoules'), 'fluence.I.maxMillijoules', 'unknown field')
safe_case('fluence-as-text', safe1064, 'reference-laser', setp(FL + ['I', 'maxJoulesPerSquareCentimetre'], '12 J/cm2'), 'fluence.I.maxJoulesPerSquareCentimetre', 'must be a number')
safe_case('no-skin-types', safe1064, 'reference-laser', setp(FL, {}), 'fluence', 'at least one skin type')
safe_case('rate-as-text', safe1064, 'reference-laser', setp(['maxRepetitionRate', 'hertz'], '5 Hz'), 'maxRepetitionRate.hertz', 'must be a number')
safe_case('zero-pulses', safe1064, 'reference-laser', setp(['maxPulsesPerSession', 'count'], 0), 'maxPulsesPerSession.count', 'not above 0')
safe_case('test-spot-for-untreated-type', safe1064, 'reference-laser', setp(['testSpot', 'requiredForSkinTypes'], ['IV']), 'testSpot.requiredForSkinTypes', 'not treated by this profile')
safe_case('test-spot-bad-skin-type', safe1064, 'reference-laser', setp(['testSpot', 'requiredForSkinTypes'], ['4']), 'testSpot.requiredForSkinTypes[0]', 'not a skin type')
safe_case('test-spot-missing', safe1064, 'reference-laser', delp(['testSpot']), 'testSpot', 'missing')
safe_case('test-spot-yes-as-text', safe1064, 'reference-laser', setp(['testSpot', 'requiredForFirstSessionOnSite'], 'yes'), 'testSpot.requiredForFirstSessionOnSite', 'true or false')
safe_case('missing-version', safe1064, 'reference-laser', delp(['version']), 'version', 'missing')
safe_case('missing-band-source', safe1064, 'reference-laser', delp(FL + ['I', 'source']), 'fluence.I.source', 'missing')
safe_case('unknown-field', safe1064, 'reference-laser', setp(['approvedBy'], 'Dr X'), 'approvedBy', 'unknown field')
safe_case('wrong-format', safe1064, 'reference-laser', setp(['format'], 'pulseguard-device-profile/1'), 'format', 'is not pulseguard-safe-profile/1')
# ---- folders
F = f'{root}/broken/folders'
def folder_case(name, files, file, field, reason):
    for rel, obj in files.items():
        dump(obj, f'{F}/{name}/{rel}')
    rows.append((f'folders/{name}', '-', file, field, reason))
a = copy.deepcopy(safe1064); b = copy.deepcopy(safe1064); b['name'] = 'Same id, other file'
folder_case('duplicate-safe-profile-id', {'reference-laser/device.json': ref, 'reference-laser/a.json': a, 'reference-laser/b.json': b}, 'reference-laser/b.json', 'id', 'id of another safe profile')
folder_case('folder-name-differs-from-id', {'reference/device.json': ref, 'reference/tattoo.json': safe1064}, 'reference/device.json', 'id', "differs from its folder name 'reference'")
folder_case('missing-device-file', {'reference-laser/tattoo.json': safe1064}, 'reference-laser/device.json', '$', 'missing')
other = copy.deepcopy(safe1064); other['deviceId'] = 'bigsky-cfr200'
folder_case('profile-for-another-device', {'reference-laser/device.json': ref, 'reference-laser/other.json': other}, 'reference-laser/other.json', 'deviceId', "is not the device 'reference-laser'")
folder_case('loose-file-at-top', {'reference-laser/device.json': ref, 'tattoo.json': safe1064}, 'tattoo.json', '$', 'folder per laser model')
with open(f'{root}/broken/expected.tsv', 'w') as f:
    f.write('# The broken-profile corpus: one row per case, read by BrokenProfileCorpusTest.\n')
    f.write('# case (under broken/)\tfixture device for a safe profile (under fixtures/) or -\tfile named in the problem (folder cases) or -\texpected field path\texpected words of the reason\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
print(len(rows), 'cases')
