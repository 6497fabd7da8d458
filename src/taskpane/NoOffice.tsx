// Shown when the page is opened outside Excel (a browser, or offline so office.js never loaded): a short
// explanation in both languages instead of a blank page.
export function NoOffice() {
  return (
    <main
      style={{
        padding: '16px',
        fontFamily: 'Segoe UI, system-ui, sans-serif',
        lineHeight: 1.5,
        maxWidth: '40em',
      }}
    >
      <section lang="uk" aria-labelledby="no-office-uk">
        <h1 id="no-office-uk" style={{ fontSize: '1.25em' }}>
          Це надбудова для Excel
        </h1>
        <p>
          Ця сторінка працює лише всередині Excel. Відкрийте книгу з планом заходів у Excel і натисніть на
          вкладці «Основне» кнопку «Перевірити план». Як установити надбудову, описано в README.
        </p>
        <p>Без Excel той самий план можна перевірити з командного рядка: plan-report (див. README).</p>
      </section>
      <section lang="en" aria-labelledby="no-office-en">
        <h2 id="no-office-en" style={{ fontSize: '1.25em' }}>
          This is an Excel add-in
        </h2>
        <p>
          This page only works inside Excel. Open the workbook with the plan in Excel and press “Check plan”
          on Excel’s Home tab. How to install the add-in is described in the README.
        </p>
        <p>
          Without Excel, the same plan can be checked from the command line: plan-report (see the README).
        </p>
      </section>
    </main>
  );
}
