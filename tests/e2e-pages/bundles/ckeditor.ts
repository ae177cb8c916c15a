import { ClassicEditor, Essentials, Paragraph, Bold, Italic } from 'ckeditor5';

const editor = await ClassicEditor.create(document.querySelector<HTMLElement>('#note')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['bold', 'italic'],
});
Object.assign(window, {
  editorReady: true,
  // Paragraphs joined by newlines, the way the note reads.
  editorText: () => [...editor.model.document.getRoot()!.getChildren()].map((p) => [...(p as any).getChildren()].map((t: any) => t.data ?? '').join('')).join('\n'),
  editorElement: () => editor.ui.getEditableElement(),
});
