import { fakeWithPlan, serviceFor } from './plan-fixture';

describe('the generated report', () => {
  it('is written in Ukrainian even when Office speaks English (it is an official Ukrainian paper)', async () => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake, { displayLanguage: () => 'en-US' });
    const { sheets } = await service.generate();
    expect(sheets).toEqual(['Виконання плану 2023', 'Зведення 2023']);
    const cells = fake.values('Виконання плану 2023').flat();
    expect(cells).toContain('ВИКОНАННЯ ПЛАНУ');
    expect(cells).toContain('Заплановані заходи');
    expect(cells).not.toContain('Planned measures');
  });
});
