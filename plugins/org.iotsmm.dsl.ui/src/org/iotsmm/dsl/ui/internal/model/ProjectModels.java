package org.iotsmm.dsl.ui.internal.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.iotsmm.dsl.loading.CancellableLinker;
import org.iotsmm.dsl.ui.SmmLanguage;
import org.iotsmm.dsl.ui.model.ModelSnapshot;

/**
 * The .smm files of one project in one resource set. Cross-file references resolve through the
 * resource set (as on the command line, where {@code ModelLoader} loads every file into one set),
 * and the global scope puts the project's own elements before the shipped catalog.
 * <p>
 * Every method except {@link #lock()} must be called with the lock held.
 */
public final class ProjectModels {

	private final IProject project;
	/**
	 * Fair: a reconcile lets go of the lock between its problems and the rest so that the gap views'
	 * analysis, waiting since the re-parse, goes first; an unfair lock hands it straight back.
	 */
	private final ReentrantLock lock = new ReentrantLock(true);
	private final XtextResourceSet resourceSet;
	private final Map<IFile, LoadedFile> files = new LinkedHashMap<>();
	private boolean loaded;

	/** One file's resource, the disk stamp its text came from, and whether it must be re-linked. */
	private static final class LoadedFile {
		final XtextResource resource;
		long diskStamp = IResource.NULL_STAMP;
		boolean relink;
		/** The text the model was parsed from (the file's content, or an editor's). */
		String text;

		LoadedFile(XtextResource resource) {
			this.resource = resource;
		}
	}

	ProjectModels(IProject project) {
		this.project = project;
		this.resourceSet = SmmLanguage.injector().getInstance(XtextResourceSet.class);
	}

	public ReentrantLock lock() {
		return lock;
	}

	public IProject project() {
		return project;
	}

	/** Loads every .smm file of the project on first use. */
	public void ensureLoaded() {
		checkLocked();
		if (loaded) {
			return;
		}
		loaded = true;
		for (IFile file : smmFiles(project)) {
			if (!files.containsKey(file)) {
				load(file);
			}
		}
	}

	/** The project's .smm files now loaded. */
	public List<IFile> files() {
		checkLocked();
		return new ArrayList<>(files.keySet());
	}

	/** The file's resource, loaded from disk if it is new, re-linked if a file it may refer to changed. */
	public XtextResource resource(IFile file) {
		checkLocked();
		ensureLoaded();
		LoadedFile loadedFile = files.get(file);
		if (loadedFile == null) {
			loadedFile = load(file);
			othersChanged(file);
		}
		if (loadedFile.relink) {
			loadedFile.relink = false;
			loadedFile.resource.relink();
		}
		return loadedFile.resource;
	}

	public ModelSnapshot snapshot(IFile file, long version, CancelIndicator cancel) {
		XtextResource resource = resource(file);
		return new ModelSnapshot(file, resource, hasSyntaxErrors(resource), version, cancel);
	}

	/** Replaces the file's model by one parsed from an editor's text. */
	public void setText(IFile file, String text) {
		setText(file, text, CancelIndicator.NullImpl);
	}

	/**
	 * The same, for a reconcile that a newer text makes stale: the linking that follows the parse
	 * stops when {@code cancel} says so ({@link CancellableLinker}), with an
	 * {@link org.eclipse.xtext.service.OperationCanceledError}. The model then holds the new text,
	 * linked only in part, and is linked again before anyone reads it.
	 */
	public void setText(IFile file, String text, CancelIndicator cancel) {
		checkLocked();
		ensureLoaded();
		LoadedFile loadedFile = files.get(file) != null ? files.get(file) : load(file);
		try {
			CancellableLinker.cancellableBy(cancel, () -> {
				reparse(loadedFile, text);
				return null;
			});
			loadedFile.relink = false;
		} catch (org.eclipse.xtext.service.OperationCanceledError e) {
			loadedFile.relink = true;
			throw e;
		} finally {
			othersChanged(file);
		}
	}

	/**
	 * Brings the file's model in line with its content on disk (added, changed or deleted).
	 * Returns true when the model changed.
	 */
	public boolean syncWithDisk(IFile file) {
		checkLocked();
		if (!loaded) {
			return false; // loaded from disk when first used
		}
		LoadedFile loadedFile = files.get(file);
		if (!file.exists()) {
			if (loadedFile == null) {
				return false;
			}
			files.remove(file);
			loadedFile.resource.unload();
			resourceSet.getResources().remove(loadedFile.resource);
			othersChanged(file);
			return true;
		}
		if (loadedFile == null) {
			load(file);
		} else if (loadedFile.diskStamp != file.getModificationStamp()) {
			reparse(loadedFile, diskText(file));
			loadedFile.diskStamp = file.getModificationStamp();
			loadedFile.relink = false;
		} else {
			return false;
		}
		othersChanged(file);
		return true;
	}

	/**
	 * Re-reads the file from disk even when its stamp has not changed: an editor closed without
	 * saving, and its text is no longer the file's. Returns true when the model changed.
	 */
	public boolean reloadFromDisk(IFile file) {
		checkLocked();
		LoadedFile loadedFile = files.get(file);
		if (!loaded || loadedFile == null || !file.exists()) {
			return syncWithDisk(file);
		}
		String text = diskText(file);
		var parsed = loadedFile.resource.getParseResult();
		if (parsed != null && parsed.getRootNode() != null && text.equals(parsed.getRootNode().getText())) {
			return false;
		}
		reparse(loadedFile, text);
		loadedFile.diskStamp = file.getModificationStamp();
		loadedFile.relink = false;
		othersChanged(file);
		return true;
	}

	/** Drops everything (the project closed or was deleted). */
	public void dispose() {
		checkLocked();
		for (LoadedFile loadedFile : files.values()) {
			loadedFile.resource.unload();
		}
		files.clear();
		resourceSet.getResources().clear();
		loaded = false;
	}

	public static boolean hasSyntaxErrors(XtextResource resource) {
		return resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
	}

	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a platform:/resource URI, or null. */
	public static IFile file(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
	}

	/** The .smm files of a project, outside derived and hidden folders. */
	public static List<IFile> smmFiles(IProject project) {
		List<IFile> result = new ArrayList<>();
		if (!project.isAccessible()) {
			return result;
		}
		try {
			project.accept(proxy -> {
				if (proxy.isDerived() || proxy.getName().startsWith(".")
						&& proxy.getType() == IResource.FOLDER) {
					return false;
				}
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".smm")) {
					result.add((IFile) proxy.requestResource());
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			WorkspaceModels.log(e);
		}
		result.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return result;
	}

	public static boolean isSmmFile(IResource resource) {
		return resource.getType() == IResource.FILE && "smm".equals(resource.getFileExtension());
	}

	private LoadedFile load(IFile file) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri(file));
		LoadedFile loadedFile = new LoadedFile(resource);
		files.put(file, loadedFile);
		long stamp = file.getModificationStamp();
		String text = file.exists() ? diskText(file) : "";
		loadedFile.text = text;
		try (InputStream in = new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException | RuntimeException | StackOverflowError e) {
			WorkspaceModels.log(new IllegalStateException(file.getFullPath() + ": cannot parse the file", e));
		}
		loadedFile.diskStamp = stamp;
		return loadedFile;
	}

	/** Partial when it can be ({@link TextUpdate}); linking stays whole-file. */
	private static void reparse(LoadedFile loadedFile, String text) {
		loadedFile.text = text;
		try {
			if (TextUpdate.apply(loadedFile.resource, text) == TextUpdate.Kind.UNCHANGED && loadedFile.relink) {
				loadedFile.resource.relink(); // the caller counts the file as re-linked
			}
		} catch (IOException | RuntimeException | StackOverflowError e) {
			WorkspaceModels.log(new IllegalStateException(loadedFile.resource.getURI() + ": cannot parse the text", e));
		}
	}

	/** True when the file's model was parsed from a text other than the file's content on disk (an editor's unsaved text). */
	public boolean differsFromDisk(IFile file) {
		checkLocked();
		LoadedFile loadedFile = files.get(file);
		return loadedFile != null && !diskText(file).equals(loadedFile.text);
	}

	/** The file's content on disk, decoded with its charset; empty (and logged) when unreadable. */
	public static String diskText(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException | CoreException e) {
			WorkspaceModels.log(new IllegalStateException(file.getFullPath() + ": cannot read the file", e));
			return "";
		}
	}

	/** The other files may refer to the changed one: re-link them when they are next used. */
	private void othersChanged(IFile changed) {
		for (Map.Entry<IFile, LoadedFile> entry : files.entrySet()) {
			if (!entry.getKey().equals(changed)) {
				entry.getValue().relink = true;
			}
		}
	}

	private void checkLocked() {
		if (!lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("the project's model lock is not held");
		}
	}
}
