import { ServiceError, type PlanService } from '../../src/app/plan-service';
import { runGenerateCommand } from '../../src/excel/ribbon-command';

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
    expect(notify).toHaveBeenCalledWith('Звіт не створено. Зніміть захист.', true);
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
});
