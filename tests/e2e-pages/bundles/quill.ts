import Quill from 'quill';

const quill = new Quill('#note', { theme: 'snow' });
Object.assign(window, {
  editorReady: true,
  // Quill always ends its text with one newline of its own.
  editorText: () => quill.getText().replace(/\n$/, ''),
  editorElement: () => quill.root,
});
