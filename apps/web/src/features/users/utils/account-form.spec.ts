import { newAccountInput, newAccountProblems } from './account-form';

describe('newAccountProblems', () => {
  it('asks for a name and an email address', () => {
    expect(newAccountProblems({ name: ' ', email: '', password: '' })).toEqual([
      { fieldId: 'name', message: 'Enter a full name' },
      { fieldId: 'email', message: 'Enter an email address' },
    ]);
  });

  it('lets the password be left out, but checks it when given', () => {
    expect(newAccountProblems({ name: 'Pat Jones', email: 'pat@example.nhs.uk', password: '' })).toEqual([]);
    expect(newAccountProblems({ name: 'Pat Jones', email: 'pat@example.nhs.uk', password: 'short' })).toEqual([
      { fieldId: 'password', message: 'Password must be at least 12 characters' },
    ]);
  });

  it('refuses an address in the wrong format', () => {
    expect(newAccountProblems({ name: 'Pat', email: 'pat@', password: '' })).toEqual([
      { fieldId: 'email', message: 'Enter an email address in the correct format, like name@example.nhs.uk' },
    ]);
  });
});

describe('newAccountInput', () => {
  it('trims the name and email and leaves out an empty password', () => {
    expect(newAccountInput({ name: ' Pat Jones ', email: ' pat@example.nhs.uk ', password: '' })).toEqual({
      name: 'Pat Jones',
      email: 'pat@example.nhs.uk',
    });
  });

  it('sends the password exactly as typed', () => {
    expect(newAccountInput({ name: 'Pat', email: 'pat@example.nhs.uk', password: ' long password ' })).toEqual({
      name: 'Pat',
      email: 'pat@example.nhs.uk',
      password: ' long password ',
    });
  });
});
