import { ServiceError, type PlanService } from '../../src/app/plan-service';
import { runGenerateCommand } from '../../src/commands/run-generate';

function service(generate: PlanService['generate'], lang = 'uk-UA'): PlanService {
  return { generate, displayLanguage: () => lang } as unknown as PlanService;
}

describe('runGenerateCommand', () => {
  it('completes the event and reports the sheets written', async () => {
    const completed = jest.fn();
    const notify = jest.fn();
    await runGenerateCommand(
      service(async () => ({ sheets: ['Виконання плану 2023', 'Зведення 2023'] })),
      { completed },
      notify,
    );
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(
      'Звіт створено: аркуші «Виконання плану 2023» і «Зведення 2023».',
      false,
      { sheets: ['Виконання плану 2023', 'Зведення 2023'] },
    );
  });

  it('completes the event when generate throws, and passes the failure to notify', async () => {
    const completed = jest.fn();
    const notify = jest.fn();
    const failing = async (): Promise<never> => {
      throw new ServiceError('protected', 'Зніміть захист.');
    };
    await runGenerateCommand(service(failing), { completed }, notify);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith('Звіт не створено. Зніміть захист.', true, null);
  });

  it('completes the event even when notify itself fails', async () => {
    const completed = jest.fn();
    const failing = async (): Promise<never> => {
      throw new Error('x');
    };
    await runGenerateCommand(service(failing, 'en-US'), { completed }, async () => {
      throw new Error('no dialog');
    });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('tells of a generate already running, and of a changed report kept under another name', async () => {
    const notify = jest.fn();
    const busy = async (): Promise<never> => {
      throw new ServiceError('busy', 'Звіт уже формується (почато о 10:00).');
    };
    await runGenerateCommand(service(busy), { completed: jest.fn() }, notify);
    expect(notify).toHaveBeenCalledWith(
      'Звіт не створено. Звіт уже формується (почато о 10:00).',
      true,
      null,
    );

    const kept = async () => ({
      sheets: ['Виконання плану 2023', 'Зведення 2023'],
      kept: [{ sheet: 'Виконання плану 2023', keptAs: 'Виконання плану 2023 (змінено 12.01)' }],
      notes: [
        'Аркуш «Виконання плану 2023» змінено після формування: його збережено як «Виконання плану 2023 (змінено 12.01)».',
      ],
    });
    await runGenerateCommand(service(kept), { completed: jest.fn() }, notify);
    expect(notify).toHaveBeenLastCalledWith(
      expect.stringContaining('(змінено 12.01)'),
      false,
      expect.anything(),
    );
  });
});
